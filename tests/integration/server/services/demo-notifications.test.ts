import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { runOverdueJob } from "../../../../server/jobs/overdue.js";
import { seedDemoNotifications } from "../../../../server/services/demo-notifications.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme } from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe("seedDemoNotifications", () => {
  it("gives the council member made-owner and overdue notifications, sends no mail, and the daily check adds no duplicate", async () => {
    const municipality = await createMunicipality(db);
    const world = await createProgramme(db, municipality.id);
    const council = await createMember(db, municipality.id, "council");
    const servant = await createMember(db, municipality.id, "civil_servant");
    await db.action.update({ where: { id: world.action.id }, data: { ownerId: council.user.id, status: "in_progress", dueDate: new Date("2026-01-31T00:00:00Z") } });
    const later = await db.action.create({
      data: { programmeId: world.programme.id, primaryDomainId: world.domains[1]!.id, title: "Later", ownerId: council.user.id, dueDate: new Date("2099-01-01T00:00:00Z") },
    });

    await db.$transaction((tx) =>
      seedDemoNotifications(tx, { municipalityId: municipality.id, programmeId: world.programme.id, people: { council: council.user.id, civilServant: servant.user.id } }),
    );

    const inbox = await callerFor(db, council.user).notification.list({ municipalitySlug: municipality.slug });
    expect(inbox.items.map((item) => item.kind).sort()).toEqual(["action_overdue", "made_owner", "made_owner"]);
    expect(inbox.items.find((item) => item.kind === "action_overdue")).toMatchObject({
      params: { action: world.action.title, dueDate: "2026-01-31" },
      link: `/g/${municipality.slug}/acties/${world.action.id}`,
      read: false,
    });
    expect(inbox.items.filter((item) => item.kind === "made_owner").map((item) => item.params.actor)).toEqual([servant.user.name, servant.user.name]);
    expect(inbox.items.some((item) => item.link.endsWith(later.id))).toBe(true);
    expect(inbox.unreadCount).toBe(2);
    expect(await db.outboxMail.count()).toBe(0);
    expect(await db.notification.count({ where: { mailedAt: null } })).toBe(0);

    await runOverdueJob({ db, publicUrl: "http://k", log: pino({ level: "silent" }) }, new Date());
    expect(await db.notification.count({ where: { userId: council.user.id, kind: "action_overdue" } })).toBe(1);
  });
});
