import { router } from "../../init.js";
import { forAction, overview } from "./read.js";
import { accept, decline, edit, fulfil, offer, report, withdraw } from "./write.js";

export const commitmentRouter = router({ forAction, overview, offer, edit, withdraw, accept, decline, fulfil, report });
