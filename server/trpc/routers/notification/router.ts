import { router } from "../../init.js";

export const notificationRouter = router({});
