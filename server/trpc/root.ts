// The public typed API: every router is listed here, and `AppRouter` is what outside developers import.
import { catalogRouter } from "../catalog/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
