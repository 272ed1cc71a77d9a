import { router } from "../../init.js";
import { mentionable, threads } from "./read.js";
import { reopen, resolve } from "./resolve.js";
import { edit, remove, reply, start } from "./write.js";

/** Conversation on the programme text and on actions, goals and indicators (see ./schemas.ts for the inputs). */
export const commentRouter = router({ threads, mentionable, start, reply, edit, delete: remove, resolve, reopen });
