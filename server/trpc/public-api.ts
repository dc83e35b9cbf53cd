// What outside developers import as `printroom/api` (built by `npm run build:api-types`): the
// router's procedures without the server's context, and the answers' types. Type-only: nothing here
// runs, and its declarations must need no server package, only `@trpc/server`.
import type { inferRouterInputs, inferRouterOutputs, TRPC_ERROR_CODE_KEY, TRPC_ERROR_CODE_NUMBER, TRPCBuiltRouter } from "@trpc/server";
import type { appRouter } from "./root";

/** An error as `errorFormatter` in ./init.ts shapes it. */
export type ApiErrorShape = {
  code: TRPC_ERROR_CODE_NUMBER;
  message: string;
  data: {
    code: TRPC_ERROR_CODE_KEY;
    httpStatus: number;
    path?: string;
    /** for invalid input: the messages per field */
    zodIssues: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
  };
};

declare const record: (typeof appRouter)["_def"]["record"];
// Spread, the record's type is written out procedure by procedure in the declarations: named after
// `appRouter`, it would carry the server's context (database, logger, Express) along.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a value only so that its type is inferred
const procedures = { ...record };

export type AppRouter = TRPCBuiltRouter<{ ctx: object; meta: object; errorShape: ApiErrorShape; transformer: false }, typeof procedures>;

/** Every procedure's input, as `ApiInputs["cart"]["add"]`. */
export type ApiInputs = inferRouterInputs<AppRouter>;
/** Every procedure's answer as the client receives it (plain JSON), as `ApiOutputs["cart"]["get"]`. */
export type ApiOutputs = inferRouterOutputs<AppRouter>;
/** `checkout.create`'s answer: send the shopper to `url`. */
export type StartedCheckout = ApiOutputs["checkout"]["create"];

// The answers' own types, by name and with their comments; public-api.test.ts checks that each is
// what the client receives.
export type { CartLine, CartView } from "../cart/cart";
export type { CollectionSummary } from "../catalog/collections";
export type { ChatEvent, ChatPhotoDetail, ChatToolDisplay } from "../chat/events";
export type { ImageSet } from "../catalog/images";
export type { PhotoCard, PhotoDetail, PhotoVariant } from "../catalog/photos";
export type { AppliedGiftCard } from "../giftcards/applied-card";
export type { GiftCardCheck } from "../giftcards/balance";
export type { OrderStatus, OrderView } from "../orders/order-view";
