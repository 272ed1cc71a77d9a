import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { seedDemo } from "../../../../server/services/demo-seed.js";
import { seedDemoSignals } from "../../../../server/services/demo-signals.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor } from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemo(db);
});

const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });

describe("demo signals", () => {
  it("gives Lindeveen's partners signals at each point of their handling, one of them an action in Veiligheid", async () => {
    const programme = await db.programme.findFirstOrThrow({ where: { municipality: { slug: "lindeveen" } } });
    // The demo seed may already hold them once the lead wires this in; otherwise add them here.
    if ((await db.signal.count({ where: { programmeId: programme.id } })) === 0) {
      const people = {
        civilServant: (await user("ambtenaar@koers.test")).id,
        partner: (await user("partner@koers.test")).id,
        sportPartner: (await user("sport@koers.test")).id,
      };
      await db.$transaction((tx) => seedDemoSignals(tx, { municipalityId: programme.municipalityId, programmeId: programme.id, people }));
    }

    const anouk = callerFor(db, await user("ambtenaar@koers.test"));
    const all = await anouk.signal.list({ programmeId: programme.id });
    expect(all.rows.map((row) => [row.status, row.domain.name, row.organisation?.name]).sort()).toEqual([
      ["became_action", "Veiligheid", "Brede School De Horizon"],
      ["in_review", "Onderwijs", "Brede School De Horizon"],
      ["new", "Gezondheid", "Sportvereniging Lindeveen"],
    ]);

    const converted = await anouk.signal.get({ signalId: all.rows.find((row) => row.status === "became_action")!.id });
    expect(converted.history.map((step) => [step.status, step.actor?.name])).toEqual([
      ["new", "Pieter Partner"],
      ["in_review", "Anouk Ambtenaar"],
      ["became_action", "Anouk Ambtenaar"],
    ]);
    const action = await db.action.findUniqueOrThrow({ where: { id: converted.resultAction!.id }, include: { primaryDomain: true } });
    expect([action.primaryDomain.name, action.status, action.archivedAt]).toEqual(["Veiligheid", "proposed", null]);
    // History in time order, each step after the one before.
    const times = converted.history.map((step) => Date.parse(step.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const reviewed = await anouk.signal.get({ signalId: all.rows.find((row) => row.status === "in_review")!.id });
    expect(reviewed.linkedAction?.title).toBe("Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen");

    // Each partner sees their own organisation's signals only.
    const pieter = callerFor(db, await user("partner@koers.test"));
    expect((await pieter.signal.list({ programmeId: programme.id })).rows).toHaveLength(2);
    const sanne = callerFor(db, await user("sport@koers.test"));
    expect((await sanne.signal.list({ programmeId: programme.id })).rows.map((row) => row.status)).toEqual(["new"]);
  });
});
