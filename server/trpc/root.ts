import { createCallerFactory, router } from "./init.js";
import { authRouter } from "./routers/auth/router.js";
import { invitationRouter } from "./routers/invitation/router.js";
import { membersRouter } from "./routers/members/router.js";
import { municipalityRouter } from "./routers/municipality/router.js";
import { actionRouter } from "./routers/action/router.js";
import { goalRouter } from "./routers/goal/router.js";
import { indicatorRouter } from "./routers/indicator/router.js";
import { insightRouter } from "./routers/insight/router.js";
import { programmeRouter } from "./routers/programme/router.js";
import { commentRouter } from "./routers/comment/router.js";
import { commitmentRouter } from "./routers/commitment/router.js";
import { signalRouter } from "./routers/signal/router.js";
import { notificationRouter } from "./routers/notification/router.js";
import { updateRequestRouter } from "./routers/update-request/router.js";

export const appRouter = router({
  auth: authRouter,
  invitation: invitationRouter,
  municipality: municipalityRouter,
  members: membersRouter,
  programme: programmeRouter,
  action: actionRouter,
  goal: goalRouter,
  indicator: indicatorRouter,
  insight: insightRouter,
  comment: commentRouter,
  commitment: commitmentRouter,
  signal: signalRouter,
  notification: notificationRouter,
  updateRequest: updateRequestRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller: Remix loaders/actions and tests call procedures through this. */
export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;
