// Recurring jobs (graphile-worker crontab syntax: minute hour day month weekday task).
export const crontab = [""].join("\n");
