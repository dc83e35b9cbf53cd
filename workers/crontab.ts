// Recurring jobs (graphile-worker crontab syntax: minute hour day month weekday task options).
import type { JobName } from "../server/jobs/registry";

const schedule: { at: string; task: JobName; options: string }[] = [
  { at: "*/15 * * * *", task: "release_stale_gift_card_holds", options: "?max=1" },
  { at: "17 3 * * *", task: "cleanup_stale_carts", options: "?max=1" },
  { at: "47 3 * * *", task: "reconcile_stripe_events", options: "?max=1" },
  { at: "23 * * * *", task: "cleanup_wall_photos", options: "?max=1" },
  { at: "*/5 * * * *", task: "finish_pending_refunds", options: "?max=1" },
];

export const crontab = schedule.map(({ at, task, options }) => `${at} ${task} ${options}`).join("\n");
