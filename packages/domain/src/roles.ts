/** The roles a member can have in a municipality, from most to least powerful. */
export const ROLES = ["admin", "council", "civil_servant", "partner", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Partners speak for an organisation; every other role speaks for itself. */
export function roleNeedsOrganisation(role: Role): boolean {
  return role === "partner";
}

export const ORGANISATION_TYPES = [
  "school",
  "sport",
  "health",
  "police",
  "housing",
  "library",
  "welfare",
  "client_council",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
