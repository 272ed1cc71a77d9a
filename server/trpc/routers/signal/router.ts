import { router } from "../../init.js";

export const signalRouter = router({});
