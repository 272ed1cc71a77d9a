import { router } from "../../init.js";
import { archivedDomains, choices, list, overview, text } from "./read.js";
import { addDomain, archiveDomain, create, moveDomain, renameDomain, setStatus, update } from "./write.js";

export const programmeRouter = router({ list, overview, text, choices, archivedDomains, create, update, setStatus, addDomain, renameDomain, moveDomain, archiveDomain });
