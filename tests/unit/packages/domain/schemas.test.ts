import { describe, expect, it } from "vitest";
import { changeRoleInput, emailSchema, inviteInput, loginInput, newPasswordSchema, setPasswordInput } from "@koers/domain";
import nl from "../../../../packages/i18n/locales/nl.json";
import en from "../../../../packages/i18n/locales/en.json";

const slug = "lindeveen";
const orgId = "3f1c9d7e-2b4a-4c6d-8e9f-0a1b2c3d4e5f";

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
}

describe("input schemas", () => {
  it("normalises e-mail addresses and rejects invalid ones with a translation key", () => {
    expect(emailSchema.parse("  Raad@Koers.TEST ")).toBe("raad@koers.test");
    expect(messages(emailSchema.safeParse("geen-adres"))).toEqual([":errors.email.invalid"]);
    expect(messages(emailSchema.safeParse(""))).toEqual([":errors.email.required"]);
  });

  it("asks for an e-mail and a password to log in", () => {
    expect(messages(loginInput.safeParse({ email: "", password: "" }))).toEqual([
      "email:errors.email.required",
      "password:errors.password.required",
    ]);
  });

  it("sets a minimum and maximum password length", () => {
    expect(newPasswordSchema.safeParse("kort").success).toBe(false);
    expect(newPasswordSchema.safeParse("lang genoeg wachtwoord").success).toBe(true);
    expect(newPasswordSchema.safeParse("x".repeat(201)).success).toBe(false);
  });

  it("requires the repeated password to match", () => {
    const result = setPasswordInput.safeParse({ token: "t".repeat(43), password: "lang genoeg wachtwoord", confirm: "anders" });
    expect(messages(result)).toEqual(["confirm:errors.password.mismatch"]);
  });

  it("requires an organisation for partners and refuses one for other roles", () => {
    const base = { municipalitySlug: slug, email: "a@b.nl", name: "Ada" };
    expect(messages(inviteInput.safeParse({ ...base, role: "partner", organisationId: "" }))).toEqual([
      "organisationId:errors.organisation.required",
    ]);
    expect(messages(inviteInput.safeParse({ ...base, role: "viewer", organisationId: orgId }))).toEqual([
      "organisationId:errors.organisation.onlyPartner",
    ]);
    expect(inviteInput.safeParse({ ...base, role: "partner", organisationId: orgId }).success).toBe(true);
    expect(messages(inviteInput.safeParse({ ...base, role: "koning" }))).toEqual(["role:errors.role.invalid"]);
    expect(messages(changeRoleInput.safeParse({ municipalitySlug: slug, membershipId: orgId, role: "partner" }))).toEqual([
      "organisationId:errors.organisation.required",
    ]);
  });

  it("uses only message keys that exist in both translations", () => {
    const keys = new Set<string>();
    const samples = [
      emailSchema.safeParse("x"),
      emailSchema.safeParse(""),
      loginInput.safeParse({}),
      setPasswordInput.safeParse({ token: "t".repeat(43), password: "kort", confirm: "x" }),
      inviteInput.safeParse({ municipalitySlug: slug, email: "", name: "", role: "x" }),
      inviteInput.safeParse({ municipalitySlug: slug, email: "a@b.nl", name: "A", role: "partner" }),
      inviteInput.safeParse({ municipalitySlug: slug, email: "a@b.nl", name: "A", role: "viewer", organisationId: orgId }),
    ];
    for (const sample of samples) for (const issue of sample.error?.issues ?? []) keys.add(issue.message);
    expect(keys.size).toBeGreaterThan(5);
    for (const key of keys) {
      expect(lookup(nl, key), `nl: ${key}`).toBeTypeOf("string");
      expect(lookup(en, key), `en: ${key}`).toBeTypeOf("string");
    }
  });
});

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}
