// Its own module so the job registry can read it without importing the refund code (and its deps).

/** A pending refund is left to the request that wrote it for this long before the sweep takes it over. */
export const PENDING_REFUND_GRACE_MINUTES = 5;
