/** What each browser tells the others about its person (the caret extension reads `user`). */
export type PresenceUser = { id: string; name: string; color: string };

export type Person = PresenceUser & { self: boolean };

/** Everyone with this text open, once per person (one may have it open in two tabs), self first. */
export function peopleIn(states: Map<number, Record<string, unknown>>, selfClientId: number, selfId: string): Person[] {
  const people = new Map<string, Person>();
  for (const [clientId, state] of states) {
    const user = state.user as Partial<PresenceUser> | undefined;
    if (!user || typeof user.id !== "string" || typeof user.name !== "string" || typeof user.color !== "string") continue;
    const self = clientId === selfClientId || user.id === selfId;
    if (!people.has(user.id)) people.set(user.id, { id: user.id, name: user.name, color: user.color, self });
  }
  return [...people.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, "nl"));
}
