// Server-only newsletter code for the /newsletter routes (decision 015).
export { confirmationLinkState, confirmSubscription } from "../../server/newsletter/confirmation";
export { signupFormSchema } from "../../server/newsletter/signup-form";
export { signUp } from "../../server/newsletter/subscribe";
export { unsubscribeByLink, unsubscribeLinkState } from "../../server/newsletter/unsubscribe";
