import type { TextJSON } from "@koers/editor";
import type { JSONContent } from "@tiptap/core";
import { DEMO_DOMAINS, DEMO_GOALS, type DemoDomainKey } from "./demo-programme-data.js";

const text = (value: string): JSONContent => ({ type: "text", text: value });
const bold = (value: string): JSONContent => ({ type: "text", text: value, marks: [{ type: "bold" }] });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const heading = (level: 2 | 3, value: string): JSONContent => ({ type: "heading", attrs: { level }, content: [text(value)] });
const bullets = (...items: string[]): JSONContent => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(text(item))] })),
});

export type DemoTextAction = { id: string; domain: DemoDomainKey; title: string; description: string };

/**
 * The demo programme's text: an introduction, then one chapter per domain with its
 * description, its goals and its actions as action blocks (the block IS the action).
 * Written for Koers (the facts follow ../shared/seeds).
 */
export function demoProgrammeText(domainIds: ReadonlyMap<DemoDomainKey, string>, actions: readonly DemoTextAction[]): TextJSON {
  const chapters = DEMO_DOMAINS.map((domain) => ({
    type: "chapter",
    attrs: { domainId: domainIds.get(domain.key)!, title: domain.name },
    content: [
      paragraph(text(domain.description)),
      ...DEMO_GOALS.filter((goal) => goal.domain === domain.key).flatMap((goal) => [heading(3, goal.title), paragraph(text(goal.description))]),
      heading(3, "Wat we gaan doen"),
      ...actions
        .filter((action) => action.domain === domain.key)
        .map((action) => ({
          type: "actionBlock",
          attrs: { actionId: action.id },
          content: [paragraph(text(action.title)), ...(action.description ? [paragraph(text(action.description))] : [])],
        })),
    ],
  }));
  return {
    type: "doc",
    content: [
      heading(2, "Inleiding"),
      paragraph(
        text("Sinds de decentralisaties van 2015 ligt de zorg voor jeugd, werk en ondersteuning dicht bij inwoners. Toch komt hulp in Lindeveen nog te vaak laat, en werken scholen, sportclubs, huisartsen, politie en de woningcorporatie ieder op hun eigen eiland. "),
        bold("Dit programma draait dat om: we investeren in het voorveld, zodat zorgen vroeg worden gezien en opgepakt."),
      ),
      paragraph(text("De raad schrijft dit programma samen met het college, en de partners in het voorveld lezen mee, reageren en committeren zich aan acties. Zo weten we van elk voornemen wie het oppakt en of het werkt.")),
      bullets(
        "Eén gezamenlijke opgave in plaats van losse projecten per beleidsveld.",
        "Heldere doelen met indicatoren die we elk jaar met de raad bespreken.",
        "Partners die meedenken en meedoen, niet alleen achteraf geïnformeerd worden.",
      ),
      ...chapters,
    ],
  };
}
