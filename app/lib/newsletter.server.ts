// Server-only newsletter code for routes (see cart.server.ts for why it goes through a `.server` module).
export { submitSignupForm } from "../../server/newsletter/signup-form";
