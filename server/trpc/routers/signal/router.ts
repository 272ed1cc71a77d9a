import { router } from "../../init.js";
import { get, list } from "./read.js";
import { convert, decline, raise, startReview } from "./write.js";

export const signalRouter = router({ list, get, raise, startReview, decline, convert });
