import { router } from "../../init.js";

export const updateRequestRouter = router({});
