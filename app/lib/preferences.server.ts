// Server-only code for the /theme route (decision 015).
export { themeFormSchema } from "../../server/preferences/theme-form";
