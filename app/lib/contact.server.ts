// Server-only contact code for routes (see cart.server.ts for why it goes through a `.server` module).
export { submitContactForm } from "../../server/contact/contact-form";
