// Server-only mockup code for the share page and the hanging guide (decision 015).
export { sharedMockup, DELETED_MOCKUP_MESSAGE } from "../../server/mockups/shared-mockup";
export { sharedMockupFormSchema } from "../../server/mockups/shared-mockup-form";
export { mockupIdSchema } from "../../server/mockups/scene-schema";
export { toResponse } from "../../server/errors";
export { addMockupToCart, copyMockup, deleteMockup } from "../../server/mockups/mockup-actions";
