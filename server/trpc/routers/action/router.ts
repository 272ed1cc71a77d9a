import { router } from "../../init.js";
import { exportRows, get, list } from "./read.js";
import { tracking } from "./tracking.js";
import { addUpdate, create, setArchived, track, updateDetails } from "./write.js";

export const actionRouter = router({ list, exportRows, get, tracking, create, updateDetails, track, addUpdate, setArchived });
