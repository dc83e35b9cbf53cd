// Server-only contact code for the /contact route (decision 015).
export { contactFormSchema, submitContactMessage } from "../../server/contact/contact-message";
