import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { seedDemoCommitments } from "../../../../server/services/demo-commitments.js";
import { seedDemo } from "../../../../server/services/demo-seed.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor } from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemo(db);
});

const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });

describe("demo commitments", () => {
  it("puts accepted commitments on action blocks and offers awaiting a decision, made by the organisations' partners", async () => {
    const programme = await db.programme.findFirstOrThrow({ where: { municipality: { slug: "lindeveen" } } });
    // The demo seed may already hold them once the lead wires this in; otherwise add them here.
    if ((await db.commitment.count({ where: { action: { programmeId: programme.id } } })) === 0) {
      const civilServant = (await user("ambtenaar@koers.test")).id;
      await db.$transaction((tx) => seedDemoCommitments(tx, { municipalityId: programme.municipalityId, programmeId: programme.id, people: { civilServant } }));
    }
    const all = await db.commitment.findMany({ where: { action: { programmeId: programme.id } } });
    // Every demo commitment found its action and organisation.
    expect(all).toHaveLength(8);
    expect(all.filter((c) => c.status === "offered")).toHaveLength(2);

    const pieter = callerFor(db, await user("partner@koers.test"));
    const ours = await pieter.commitment.overview({ municipalitySlug: "lindeveen" });
    expect(ours.organisation?.name).toBe("Brede School De Horizon");
    expect(ours.commitments.map((c) => [c.status, c.createdBy]).sort()).toEqual([
      ["accepted", "Pieter Partner"],
      ["offered", "Pieter Partner"],
    ]);
    expect(ours.openActions.length).toBeGreaterThan(10);

    const tracking = await pieter.action.tracking({ programmeId: programme.id });
    const loket = await db.action.findFirstOrThrow({ where: { programmeId: programme.id, title: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen" } });
    expect(tracking.find((row) => row.id === loket.id)).toMatchObject({
      committedPartners: 2,
      committedOrganisations: ["Bibliotheek Lindeveen", "Brede School De Horizon"],
    });

    const anouk = callerFor(db, await user("ambtenaar@koers.test"));
    const waiting = await anouk.commitment.overview({ municipalitySlug: "lindeveen" });
    expect(waiting.commitments.map((c) => c.organisation.name).sort()).toEqual(["Brede School De Horizon", "Huisartsenpraktijk Het Plein"]);
  });
});
