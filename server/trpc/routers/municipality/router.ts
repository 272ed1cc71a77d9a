import { capabilitiesOf } from "@koers/domain";
import { municipalityProcedure, router } from "../../init.js";

export const municipalityRouter = router({
  /** The municipality's home: who you are here and what you may do. */
  home: municipalityProcedure("municipality.view").query(async ({ ctx }) => {
    const [memberCount, organisations, programmes] = await Promise.all([
      ctx.db.membership.count({ where: { municipalityId: ctx.municipality.id } }),
      ctx.db.organisation.findMany({
        where: { municipalityId: ctx.municipality.id },
        select: { id: true, name: true, type: true },
        orderBy: { name: "asc" },
      }),
      ctx.db.programme.findMany({
        where: { municipalityId: ctx.municipality.id },
        select: { id: true, title: true, status: true },
        orderBy: [{ termStart: "desc" }, { createdAt: "desc" }],
      }),
    ]);
    const myOrganisation = organisations.find((o) => o.id === ctx.membership.organisationId) ?? null;
    return {
      municipality: { slug: ctx.municipality.slug, name: ctx.municipality.name },
      role: ctx.membership.role,
      organisation: myOrganisation,
      capabilities: capabilitiesOf(ctx.membership.role),
      memberCount,
      organisations,
      programmes,
      /** The programme the navigation leads to: the newest one that is not archived. */
      currentProgramme: programmes.find((p) => p.status !== "archived") ?? programmes[0] ?? null,
    };
  }),
});
