import { router } from "../../init.js";

export const commitmentRouter = router({});
