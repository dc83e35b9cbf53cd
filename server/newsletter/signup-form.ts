// The newsletter signup form's fields, posted to /newsletter from every signup spot.
import { z } from "zod";
import { emailField } from "../forms/fields";
import { signupSources } from "./subscribe";

export const signupFormSchema = z.object({
  email: emailField,
  source: z.enum(signupSources, { error: `Source must be one of: ${signupSources.join(", ")}.` }),
  redirectTo: z.unknown().optional(),
});
