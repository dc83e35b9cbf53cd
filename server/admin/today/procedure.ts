// `admin.today`: what waits today and how sales went, as the back office's front page shows it.
import { adminProcedure } from "../guard";
import { todayAtAGlance } from "./today";

export const adminTodayProcedure = adminProcedure.query(({ ctx }) => todayAtAGlance(ctx.db));
