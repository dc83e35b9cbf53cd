// Server-only newsletter code for the /newsletter route (decision 015).
export { signupFormSchema } from "../../server/newsletter/signup-form";
export { signUp } from "../../server/newsletter/subscribe";
