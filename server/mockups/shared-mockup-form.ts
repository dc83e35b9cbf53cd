// What the share page's buttons post: one intent each; deleting asks once more before it happens.
import { z } from "zod";
import { checkboxField } from "../forms/fields";

export const sharedMockupFormSchema = z.object({
  intent: z.enum(["addToCart", "copy", "delete"], { error: "Please use one of the page's buttons." }),
  /** sent by the second "Yes, delete it" button only */
  confirmed: checkboxField,
});

