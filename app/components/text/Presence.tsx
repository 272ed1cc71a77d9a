import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import { useT } from "../../lib/i18n";
import { peopleIn, type Person } from "./people";

/** Who is in the text now, each with the colour of their caret (the name says it; colour repeats it). */
export function Presence({ provider, selfId }: { provider: HocuspocusProvider; selfId: string }) {
  const t = useT();
  const awareness = provider.awareness;
  const [people, setPeople] = useState<Person[]>([]);

  useEffect(() => {
    if (!awareness) return;
    const update = () => setPeople(peopleIn(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID, selfId));
    update();
    awareness.on("change", update);
    return () => awareness.off("change", update);
  }, [awareness, selfId]);

  return (
    <section className="koers-presence" aria-labelledby="koers-presence-heading">
      <h2 id="koers-presence-heading" className="koers-presence__heading">
        {t("text.presence.heading")}
      </h2>
      <ul className="koers-presence__list">
        {people.map((person) => (
          <li key={person.id} className="koers-presence__person">
            <span className="koers-presence__swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
            {person.self ? t("text.presence.you", { name: person.name }) : person.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
