/** The contact form's hidden field that people never see and bots fill in (finding 45). */
export const HONEYPOT_FIELD = "website";
