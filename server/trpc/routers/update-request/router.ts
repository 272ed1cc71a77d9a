import { router } from "../../init.js";
import { create, preview } from "./create.js";
import { forAction, get, list, mine, overview } from "./read.js";

export const updateRequestRouter = router({ preview, create, list, get, mine, forAction, overview });
