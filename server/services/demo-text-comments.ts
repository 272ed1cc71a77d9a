import { findMentions } from "@koers/domain";
import { anchorBindingOf, anchorOfRange, programmeDocumentName, type AnchorBinding } from "@koers/editor";
import * as Y from "yjs";
import type { Prisma } from "../db.server.js";

type Tx = Prisma.TransactionClient;
type DemoPerson = "council" | "civilServant" | "partner" | "sportPartner" | "viewer";

const HOUR = 60 * 60 * 1000;

/** Conversations on sentences of the demo programme's text, as partners and readers start them. */
const DEMO_TEXT_THREADS: { phrase: string; hoursAgo: number; comments: { by: DemoPerson; body: string }[] }[] = [
  {
    phrase: "we investeren in het voorveld, zodat zorgen vroeg worden gezien en opgepakt",
    hoursAgo: 30,
    comments: [
      {
        by: "partner",
        body: "Mooi uitgangspunt. Kan hier ook staan wat 'investeren' voor scholen betekent: tijd van intern begeleiders, of geld voor een aanspreekpunt?",
      },
      { by: "council", body: "Terecht punt, @Anouk Ambtenaar: kunt u een voorstel voor een zin doen? Dan neem ik die mee in de volgende versie." },
    ],
  },
  {
    phrase: "Heldere doelen met indicatoren die we elk jaar met de raad bespreken.",
    hoursAgo: 8,
    comments: [{ by: "viewer", body: "Worden de cijfers ook openbaar, zodat inwoners ze kunnen volgen?" }],
  },
];

/** The ProseMirror range of the first occurrence of a phrase in the text, or null. */
function rangeOf(binding: AnchorBinding, phrase: string): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  binding.node.descendants((node, pos) => {
    if (found) return false;
    if (!node.isText) return true;
    const at = node.text!.indexOf(phrase);
    if (at >= 0) found = { from: pos + at, to: pos + at + phrase.length };
    return false;
  });
  return found;
}

/**
 * Seeds threads on sentences of the programme text: anchored exactly as the editor anchors a
 * selection (Yjs relative positions of the stored text), so they are highlighted in place.
 */
export async function seedDemoTextComments(
  tx: Tx,
  { municipalityId, programmeId, people }: { municipalityId: string; programmeId: string; people: Record<DemoPerson, string> },
): Promise<void> {
  const snapshot = await tx.collabSnapshot.findUniqueOrThrow({ where: { documentName: programmeDocumentName(programmeId) } });
  const members = await tx.membership.findMany({ where: { municipalityId }, select: { user: { select: { id: true, name: true } } } });
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, snapshot.state);
    const binding = anchorBindingOf(doc);
    for (const demo of DEMO_TEXT_THREADS) {
      const range = rangeOf(binding, demo.phrase);
      const anchor = range && anchorOfRange(binding, range.from, range.to);
      if (!anchor) throw new Error(`demo text comments: "${demo.phrase}" is not in the text`);
      const startedAt = new Date(Date.now() - demo.hoursAgo * HOUR);
      await tx.commentThread.create({
        data: {
          programmeId,
          target: "text",
          anchorStart: Buffer.from(anchor.anchorStart, "base64"),
          anchorEnd: Buffer.from(anchor.anchorEnd, "base64"),
          quote: anchor.quote,
          createdById: people[demo.comments[0]!.by],
          createdAt: startedAt,
          comments: {
            create: demo.comments.map((comment, index) => ({
              authorId: people[comment.by],
              body: comment.body,
              createdAt: new Date(startedAt.getTime() + index * 3 * HOUR),
              mentions: { create: findMentions(comment.body, members.map(({ user }) => user)).map(({ id }) => ({ userId: id })) },
            })),
          },
        },
      });
    }
  } finally {
    doc.destroy();
  }
}
