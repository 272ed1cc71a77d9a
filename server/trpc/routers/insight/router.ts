import { analyseGaps, idSchema } from "@koers/domain";
import { z } from "zod";
import { dashboard, gapFacts } from "../../../services/insight-queries.js";
import { router } from "../../init.js";
import { programmeProcedure } from "../../guards.js";

export const insightRouter = router({
  /** Dashboard of a programme, or of one domain or goal within it. */
  dashboard: programmeProcedure("programme.view")
    .input(z.object({ domainId: idSchema.optional(), goalId: idSchema.optional() }))
    .query(({ ctx, input }) => dashboard(ctx.db, ctx.resource.id, input)),

  /** "Lacunes": what the programme is missing, and how far actions work across domains. */
  gaps: programmeProcedure("programme.view").query(async ({ ctx }) => {
    const { facts, examples } = await gapFacts(ctx.db, ctx.resource.id);
    return { ...analyseGaps(facts), examples };
  }),
});
