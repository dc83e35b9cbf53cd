// Recurring jobs (graphile-worker crontab syntax: minute hour day month weekday task).
export const crontab = [
  "*/15 * * * * release_stale_gift_card_holds ?max=1",
  "17 3 * * * cleanup_stale_carts ?max=1",
  "47 3 * * * reconcile_stripe_events ?max=1",
].join("\n");
