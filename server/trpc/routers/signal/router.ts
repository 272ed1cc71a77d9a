import { router } from "../../init.js";
import { get, list, toTriage } from "./read.js";
import { convert, decline, raise, startReview } from "./write.js";

export const signalRouter = router({ list, get, toTriage, raise, startReview, decline, convert });
