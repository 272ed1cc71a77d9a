import { ROLES, type Role } from "./roles.js";

/**
 * Everything a member can be allowed to do in a municipality. This is the ONE list: tRPC
 * procedures, Remix loaders and the collaboration server all ask `can()`.
 */
export const CAPABILITIES = [
  "municipality.view",
  "programme.view",
  "programme.editText",
  "programme.manage",
  "programme.publish",
  "version.adopt",
  "domain.manage",
  "goal.manage",
  "indicator.manage",
  "indicator.record",
  "action.create",
  "action.edit",
  "action.track",
  "update.request",
  "comment.write",
  "commitment.make",
  "commitment.decide",
  "signal.raise",
  "signal.triage",
  "audit.view",
  "member.view",
  "member.manage",
  "organisation.manage",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const ALL_MEMBERS: readonly Role[] = ["admin", "council", "civil_servant", "partner", "viewer"];
const STAFF: readonly Role[] = ["admin", "council", "civil_servant"];

/**
 * Role × capability. Read as: "who may …". Kept as data so the unit test can check every cell
 * and so the members page can explain a role. See ../shared/DESIGN.md, "Users and what each
 * may do".
 */
export const CAPABILITY_MATRIX: Readonly<Record<Capability, readonly Role[]>> = {
  "municipality.view": ALL_MEMBERS,
  "programme.view": ALL_MEMBERS,
  "programme.editText": ["admin", "council", "civil_servant"],
  "programme.manage": ["admin"],
  "programme.publish": ["admin", "council"],
  "version.adopt": ["admin", "council"],
  "domain.manage": ["admin"],
  "goal.manage": ["admin", "council"],
  "indicator.manage": ["admin", "council"],
  "indicator.record": ["admin", "civil_servant"],
  "action.create": ["admin", "council", "civil_servant"],
  "action.edit": ["admin", "council", "civil_servant"],
  "action.track": ["admin", "civil_servant"],
  "update.request": STAFF,
  "comment.write": ALL_MEMBERS,
  // A partner commits their own organisation; staff decide on commitments, never make them.
  "commitment.make": ["partner"],
  "commitment.decide": STAFF,
  "signal.raise": ALL_MEMBERS,
  "signal.triage": ["admin", "civil_servant"],
  "audit.view": STAFF,
  "member.view": STAFF,
  "member.manage": ["admin"],
  "organisation.manage": ["admin"],
};

/** The member asking: their role in one municipality and, for partners, their organisation. */
export type Actor = { role: Role; organisationId?: string | null };

/** What the action is about, where the answer depends on it. */
export type CapabilityResource = { organisationId?: string | null };

/**
 * May this member do this? Pure; the caller has already established that the actor is a
 * member of the resource's municipality (non-members never get this far: they get 404).
 * Organisation-bound capabilities also require the resource to belong to the actor's own
 * organisation when a resource is given.
 */
export function can(actor: Actor, capability: Capability, resource?: CapabilityResource): boolean {
  if (!CAPABILITY_MATRIX[capability].includes(actor.role)) return false;
  if (capability === "commitment.make") {
    if (!actor.organisationId) return false;
    if (resource && resource.organisationId !== undefined) {
      return resource.organisationId === actor.organisationId;
    }
  }
  return true;
}

/**
 * The roles that have a capability, most powerful first: whom to tell about work that needs
 * it (a new signal goes to everyone who may triage). Read from the matrix, never listed again.
 */
export function rolesWith(capability: Capability): Role[] {
  return ROLES.filter((role) => CAPABILITY_MATRIX[capability].includes(role));
}

/** Every capability a role has, for display and for the session payload. */
export function capabilitiesOf(role: Role): Capability[] {
  return CAPABILITIES.filter((capability) => CAPABILITY_MATRIX[capability].includes(role));
}
