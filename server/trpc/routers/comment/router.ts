import { router } from "../../init.js";

export const commentRouter = router({});
