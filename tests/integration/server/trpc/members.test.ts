import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import { freshDatabase } from "../../../support/database.js";
import { codeOf } from "../../../support/trpc-errors.js";
import {
  callerFor,
  createMember,
  createMunicipality,
  createOrganisation,
  createUser,
  TEST_PASSWORD,
  tokenFromLastMail,
} from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

async function setup() {
  const municipality = await createMunicipality(db);
  const admin = await createMember(db, municipality.id, "admin");
  return { municipality, admin, slug: municipality.slug };
}

describe("invitations", () => {
  it("mails an invitation; the invitee sets a password and lands as a member with that role", async () => {
    const { municipality, admin, slug } = await setup();
    const organisation = await createOrganisation(db, municipality.id, "Bibliotheek Noord");
    await callerFor(db, admin.user).members.invite({
      municipalitySlug: slug,
      email: "Nieuw.Lid@Example.test",
      name: "Nina Nieuw",
      role: "partner",
      organisationId: organisation.id,
    });
    const token = await tokenFromLastMail(db, "nieuw.lid@example.test", "/uitnodiging");
    const preview = await callerFor(db, null).invitation.get({ token });
    expect(preview).toMatchObject({ email: "nieuw.lid@example.test", role: "partner", organisation: "Bibliotheek Noord", hasAccount: false });

    const invitee = callerFor(db, null);
    const weak = await codeOf(invitee.invitation.accept({ token, password: "kort", confirm: "kort" }));
    expect(weak).toBe("BAD_REQUEST");
    const result = await invitee.invitation.accept({ token, password: "een goed wachtwoord", confirm: "een goed wachtwoord" });
    expect(result.municipalitySlug).toBe(slug);
    expect(invitee.cookies.some((c) => c.startsWith("koers_session="))).toBe(true);

    const user = await db.user.findUniqueOrThrow({ where: { email: "nieuw.lid@example.test" } });
    const home = await callerFor(db, user).municipality.home({ municipalitySlug: slug });
    expect(home.role).toBe("partner");
    expect(home.organisation?.name).toBe("Bibliotheek Noord");
    expect(home.capabilities).toContain("commitment.make");
    expect(home.capabilities).not.toContain("programme.editText");

    // A used link does not work twice.
    expect(await codeOf(callerFor(db, null).invitation.get({ token }))).toBe("NOT_FOUND");
    const audit = await db.auditEvent.findMany({ where: { municipalityId: municipality.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["invitation.create", "invitation.accept"]);
  });

  it("lets someone with an account join a second municipality with their own password", async () => {
    const first = await setup();
    const second = await setup();
    const existing = await createMember(db, first.municipality.id, "council");
    await callerFor(db, second.admin.user).members.invite({
      municipalitySlug: second.slug,
      email: existing.user.email,
      name: existing.user.name,
      role: "viewer",
    });
    const token = await tokenFromLastMail(db, existing.user.email, "/uitnodiging");
    expect((await callerFor(db, null).invitation.get({ token })).hasAccount).toBe(true);
    expect(await codeOf(callerFor(db, null).invitation.accept({ token, password: "verkeerd wachtwoord" }))).toBe("BAD_REQUEST");
    await callerFor(db, null).invitation.accept({ token, password: TEST_PASSWORD });
    const me = await callerFor(db, existing.user).auth.me();
    expect(me.memberships.map((m) => [m.slug, m.role]).sort()).toEqual(
      [
        [first.slug, "council"],
        [second.slug, "viewer"],
      ].sort(),
    );
  });

  it("refuses to invite someone who is already a member, or a partner without an organisation", async () => {
    const { municipality, admin, slug } = await setup();
    const member = await createMember(db, municipality.id, "viewer");
    const caller = callerFor(db, admin.user);
    expect(await codeOf(caller.members.invite({ municipalitySlug: slug, email: member.user.email, name: "X", role: "viewer" }))).toBe("CONFLICT");
    expect(await codeOf(caller.members.invite({ municipalitySlug: slug, email: "p@example.test", name: "P", role: "partner" }))).toBe("BAD_REQUEST");
  });

  it("refuses an organisation of another municipality", async () => {
    const { admin, slug } = await setup();
    const other = await createMunicipality(db);
    const foreign = await createOrganisation(db, other.id);
    const code = await codeOf(
      callerFor(db, admin.user).members.invite({ municipalitySlug: slug, email: "x@example.test", name: "X", role: "partner", organisationId: foreign.id }),
    );
    expect(code).toBe("BAD_REQUEST");
  });
});

describe("member management is for admins only", () => {
  const nonAdmins = ROLES.filter((r) => r !== "admin");

  it.each(nonAdmins)("%s gets FORBIDDEN for invite, changeRole, remove and revokeInvitation", async (role: Role) => {
    const { municipality, slug } = await setup();
    const actor = await createMember(db, municipality.id, role);
    const target = await createMember(db, municipality.id, "viewer");
    const caller = callerFor(db, actor.user);
    expect(await codeOf(caller.members.invite({ municipalitySlug: slug, email: "n@example.test", name: "N", role: "viewer" }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.members.changeRole({ municipalitySlug: slug, membershipId: target.membership.id, role: "admin" }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.members.remove({ municipalitySlug: slug, membershipId: target.membership.id }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.members.revokeInvitation({ municipalitySlug: slug, invitationId: target.membership.id }))).toBe("FORBIDDEN");
    expect(await db.membership.findUnique({ where: { id: target.membership.id } })).not.toBeNull();
  });

  it("lets staff read the member list, but not partners and viewers", async () => {
    const { municipality, slug } = await setup();
    for (const role of ROLES) {
      const actor = await createMember(db, municipality.id, role);
      const call = callerFor(db, actor.user).members.list({ municipalitySlug: slug });
      if (["admin", "council", "civil_servant"].includes(role)) {
        expect((await call).members.length).toBeGreaterThan(0);
      } else {
        expect(await codeOf(call)).toBe("FORBIDDEN");
      }
    }
  });
});

describe("tenant isolation", () => {
  it("answers NOT_FOUND to a non-member, whatever the capability", async () => {
    const { slug } = await setup();
    const outsider = await createUser(db);
    const caller = callerFor(db, outsider);
    expect(await codeOf(caller.municipality.home({ municipalitySlug: slug }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.members.list({ municipalitySlug: slug }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.members.invite({ municipalitySlug: slug, email: "a@b.nl", name: "A", role: "viewer" }))).toBe("NOT_FOUND");
    // The same answer as for a municipality that does not exist at all.
    expect(await codeOf(caller.municipality.home({ municipalitySlug: "bestaat-niet" }))).toBe("NOT_FOUND");
  });

  it("does not let an admin touch a membership of another municipality", async () => {
    const mine = await setup();
    const theirs = await setup();
    const victim = await createMember(db, theirs.municipality.id, "council");
    const caller = callerFor(db, mine.admin.user);
    expect(await codeOf(caller.members.changeRole({ municipalitySlug: mine.slug, membershipId: victim.membership.id, role: "viewer" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.members.remove({ municipalitySlug: mine.slug, membershipId: victim.membership.id }))).toBe("NOT_FOUND");
    expect((await db.membership.findUniqueOrThrow({ where: { id: victim.membership.id } })).role).toBe("council");
  });

  it("shows only the caller's own municipality's members", async () => {
    const mine = await setup();
    const theirs = await setup();
    await createMember(db, theirs.municipality.id, "viewer");
    const list = await callerFor(db, mine.admin.user).members.list({ municipalitySlug: mine.slug });
    expect(list.members.map((m) => m.userId)).toEqual([mine.admin.user.id]);
  });
});

describe("role changes and removal", () => {
  it("take effect on the member's very next request", async () => {
    const { municipality, admin, slug } = await setup();
    const member = await createMember(db, municipality.id, "council");
    const memberCaller = callerFor(db, member.user);
    await memberCaller.members.list({ municipalitySlug: slug });

    await callerFor(db, admin.user).members.changeRole({ municipalitySlug: slug, membershipId: member.membership.id, role: "viewer" });
    expect(await codeOf(memberCaller.members.list({ municipalitySlug: slug }))).toBe("FORBIDDEN");
    expect((await memberCaller.municipality.home({ municipalitySlug: slug })).role).toBe("viewer");

    await callerFor(db, admin.user).members.remove({ municipalitySlug: slug, membershipId: member.membership.id });
    expect(await codeOf(memberCaller.municipality.home({ municipalitySlug: slug }))).toBe("NOT_FOUND");
    const audit = await db.auditEvent.findMany({ where: { entityId: member.membership.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["membership.changeRole", "membership.remove"]);
    expect(audit[0]?.before).toEqual({ role: "council", organisationId: null });
    expect(audit[0]?.after).toEqual({ role: "viewer", organisationId: null });
  });

  it("never leaves a municipality without an admin", async () => {
    const { admin, slug } = await setup();
    const caller = callerFor(db, admin.user);
    expect(await codeOf(caller.members.changeRole({ municipalitySlug: slug, membershipId: admin.membership.id, role: "viewer" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.members.remove({ municipalitySlug: slug, membershipId: admin.membership.id }))).toBe("BAD_REQUEST");
  });

  it("keeps one admin when two admins demote each other at the same moment", async () => {
    const { municipality, admin, slug } = await setup();
    const second = await createMember(db, municipality.id, "admin");
    const results = await Promise.allSettled([
      callerFor(db, admin.user).members.changeRole({ municipalitySlug: slug, membershipId: second.membership.id, role: "viewer" }),
      callerFor(db, second.user).members.changeRole({ municipalitySlug: slug, membershipId: admin.membership.id, role: "viewer" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    expect(await db.membership.count({ where: { municipalityId: municipality.id, role: "admin" } })).toBe(1);
  });

  it("requires an organisation when making someone a partner", async () => {
    const { municipality, admin, slug } = await setup();
    const member = await createMember(db, municipality.id, "viewer");
    const organisation = await createOrganisation(db, municipality.id);
    const caller = callerFor(db, admin.user);
    expect(await codeOf(caller.members.changeRole({ municipalitySlug: slug, membershipId: member.membership.id, role: "partner" }))).toBe("BAD_REQUEST");
    await caller.members.changeRole({ municipalitySlug: slug, membershipId: member.membership.id, role: "partner", organisationId: organisation.id });
    expect((await db.membership.findUniqueOrThrow({ where: { id: member.membership.id } })).organisationId).toBe(organisation.id);
  });
});
