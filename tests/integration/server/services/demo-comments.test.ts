import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { seedDemo } from "../../../../server/services/demo-seed.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor } from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemo(db);
});

describe("demo conversations", () => {
  it("puts a partner's question and a civil servant's answer on actions and a goal, with mentions", async () => {
    // The demo seed holds them (seedDemoComments; the text's own threads come from
    // demo-text-comments and are checked by the demo seed test).
    const programme = await db.programme.findFirstOrThrow({ where: { municipality: { slug: "lindeveen" } } });
    const partner = callerFor(db, await db.user.findUniqueOrThrow({ where: { email: "partner@koers.test" } }));
    const action = await db.action.findFirstOrThrow({ where: { programmeId: programme.id, title: "Sportverenigingen als preventieve partner" } });
    const [thread] = await partner.comment.threads({ target: "action", actionId: action.id });
    expect(thread!.comments.map((c) => [c.author?.name, c.author?.organisation])).toEqual([
      ["Sanne Sport", "Sportvereniging Lindeveen"],
      ["Anouk Ambtenaar", null],
      ["Rana de Raad", null],
    ]);
    expect(thread!.comments[0]!.mentions.map((m) => m.name)).toEqual(["Anouk Ambtenaar"]);
    const all = await db.commentThread.findMany({ where: { programmeId: programme.id, target: { not: "text" } } });
    expect(all.map((t) => t.target).sort()).toEqual(["action", "action", "goal"]);
    expect(all.filter((t) => t.resolvedAt)).toHaveLength(1);
  });
});
