// The `admin.giftCards` procedures: the list and a card's page, store credit, adjustments,
// deactivation and a fresh delivery, for the owner's own scripts; amounts in cents.
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { adjustGiftCard, deactivateGiftCard, issueStoreCredit, resendGiftCard } from "./gift-card-actions";
import { adjustGiftCardSchema, giftCardIdInput, issueStoreCreditSchema } from "./gift-card-inputs";
import { giftCardListInput, listGiftCards, loadAdminGiftCard } from "./gift-card-list";

export const adminGiftCardsRouter = router({
  /** newest first; `q` is a code's last four or part of the recipient's e-mail; pass `nextBefore` as `before` */
  list: adminProcedure.input(giftCardListInput).query(({ ctx, input }) => listGiftCards(ctx.db, input)),
  /** the card with its ledger and holds */
  get: adminProcedure.input(giftCardIdInput).query(({ ctx, input }) => loadAdminGiftCard(ctx.db, input.id)),
  /** a new card, mailed to the recipient by the delivery job */
  issueStoreCredit: adminProcedure.input(issueStoreCreditSchema).mutation(({ ctx, input }) => issueStoreCredit(ctx.db, ctx.env, ctx.admin, input)),
  /** `deltaCents` signed; never below zero nor below what open checkouts hold */
  adjust: adminProcedure.input(adjustGiftCardSchema).mutation(({ ctx, input }) => adjustGiftCard(ctx.db, ctx.admin, input)),
  /** permanent; a repeat answers `changed: false` */
  deactivate: adminProcedure.input(giftCardIdInput).mutation(({ ctx, input }) => deactivateGiftCard(ctx.db, ctx.admin, input)),
  /** a new code (the old one stops working) mailed to the recipient */
  resend: adminProcedure.input(giftCardIdInput).mutation(({ ctx, input }) => resendGiftCard(ctx.db, ctx.env, ctx.admin, input)),
});
