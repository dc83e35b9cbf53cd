// The theme switch's fields: light, dark or system, and where to go back to without JavaScript.
import { z } from "zod";
import { themes } from "../../app/shared/theme";

export const themeFormSchema = z.object({
  theme: z.enum(themes, { error: "Choose light, dark or system." }),
  redirectTo: z.string().max(2000).optional(),
});
