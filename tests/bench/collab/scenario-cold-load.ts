import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { TEXT_FIELD } from "@koers/editor";
import * as Y from "yjs";
import { browserLikeWebSocket } from "../../support/collab.js";
import type { Settled } from "./protocol.js";
import { RawClient } from "./raw-client.js";
import type { ServerProcess } from "./server-process.js";
import { summarise, type Summary } from "./stats.js";

export const PROGRAMME_TEXT = { clients: 4, charactersPerClient: 50_000, chunk: 100, chunksPerParagraph: 10 };

const WORDS = ["de", "gemeente", "wil", "dat", "alle", "inwoners", "mee", "kunnen", "doen", "in", "wijk", "zorg", "onderwijs", "veilig", "wonen", "klimaat", "samen", "met", "partners", "jeugd"];

/**
 * The updates of a ~200,000-character programme as `clients` people type it: each writes
 * paragraphs of its own, `chunk` characters per update (a burst of typing), into a Y.Doc of its
 * own, so the server merges four concurrent histories.
 */
export function programmeTextUpdates(): Uint8Array[][] {
  const { clients, charactersPerClient, chunk, chunksPerParagraph } = PROGRAMME_TEXT;
  return Array.from({ length: clients }, (_, c) => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const fragment = doc.getXmlFragment(TEXT_FIELD);
    let text: Y.XmlText | undefined;
    for (let i = 0; i < charactersPerClient / chunk; i++) {
      let words = "";
      for (let w = i * 7 + c; words.length < chunk; w++) words += `${WORDS[w % WORDS.length]} `;
      doc.transact(() => {
        if (i % chunksPerParagraph === 0 || !text) {
          text = new Y.XmlText();
          const paragraph = new Y.XmlElement("paragraph");
          paragraph.insert(0, [text]);
          fragment.insert(fragment.length, [paragraph]);
        }
        text.insert(text.length, words.slice(0, chunk));
      });
    }
    doc.destroy();
    return updates;
  });
}

/** Types the programme through the server (into its update log), then lets it unload and compact. */
export async function typeProgramme(
  server: ServerProcess,
  perClient: Uint8Array[][],
): Promise<{ documentName: string; cookie: string; settled: Settled }> {
  const { documentName, cookies } = await server.request({ type: "prepare", editors: perClient.length });
  const target = { wsUrl: server.wsUrl, origin: server.origin };
  const clients = await Promise.all(perClient.map((_, i) => RawClient.connect(target, documentName, cookies[i]!)));
  try {
    await Promise.all(clients.map((client, i) => client.pipeline(perClient[i]!, 16)));
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
  const settled = await server.request({ type: "settle", documentName });
  return { documentName, cookie: cookies[0]!, settled };
}

export type ColdLoadResult = { serverLoad: Summary; endToEnd: Summary; encodedBytes: number; snapshotBytes: number; characters: number };

/**
 * Scenario 3: the server's own load (snapshot + log from PostgreSQL into a fresh Y.Doc,
 * measured in the server process), and end to end: a fresh provider connecting to the unloaded
 * document until it is synced (upgrade, session, access, load, sync step 2 to the client).
 */
export async function runColdLoad(
  server: ServerProcess,
  typed: { documentName: string; cookie: string },
  repetitions: number,
): Promise<ColdLoadResult> {
  const load = await server.request({ type: "load-times", documentName: typed.documentName, repetitions });
  const endToEnd: number[] = [];
  let characters = 0;
  for (let i = 0; i < repetitions + 1; i++) {
    const doc = new Y.Doc();
    const started = performance.now();
    const socket = new HocuspocusProviderWebsocket({
      url: server.wsUrl,
      WebSocketPolyfill: browserLikeWebSocket({ cookie: typed.cookie, origin: server.origin }),
      maxAttempts: 1,
    });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: typed.documentName, document: doc, token: "cookie" });
    const synced = new Promise<boolean>((resolve) => {
      const timeout = setTimeout(() => resolve(false), 10_000);
      provider.on("synced", () => {
        clearTimeout(timeout);
        resolve(true);
      });
    });
    provider.attach();
    const ok = await synced;
    const elapsed = performance.now() - started;
    if (i > 0) endToEnd.push(elapsed); // the first one warms the client's code paths
    characters = textLength(doc);
    provider.destroy();
    socket.destroy();
    doc.destroy();
    if (!ok) throw new Error("a fresh provider did not sync within 10 s");
    await server.request({ type: "settle", documentName: typed.documentName });
  }
  return { serverLoad: summarise(load.samplesMs), endToEnd: summarise(endToEnd), encodedBytes: load.encodedBytes, snapshotBytes: load.snapshotBytes, characters };
}

function textLength(doc: Y.Doc): number {
  let length = 0;
  for (const paragraph of doc.getXmlFragment(TEXT_FIELD).toArray()) {
    if (!(paragraph instanceof Y.XmlElement)) continue;
    for (const child of paragraph.toArray()) if (child instanceof Y.XmlText) length += child.length;
  }
  return length;
}
