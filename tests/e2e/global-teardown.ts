import { stopStalePostgres } from "../../server/db/embedded-postgres.js";
import { E2E_DATA_DIR } from "./paths.js";

/** Should the server have been killed rather than stopped, its PostgreSQL is stopped here. */
export default async function globalTeardown() {
  await stopStalePostgres(E2E_DATA_DIR);
}
