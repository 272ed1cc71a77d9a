import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { TEXT_FIELD } from "@koers/editor";
import * as decoding from "lib0/decoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { until } from "./stats.js";

const SYNC = 0;
const AWARENESS = 1;
const SYNC_UPDATE = 2;

export type Target = { wsUrl: string; origin: string };

/**
 * One editor: a real HocuspocusProvider over its own WebSocket, as one browser tab. A typist
 * (`replica: false`) discards incoming document and awareness updates once it has synced and
 * made its paragraph, so a hundred of them do not turn the client process into the bottleneck;
 * its acknowledgements (SyncStatus) and everything else still reach the provider.
 */
export class Editor {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly drop = { on: false };
  private text: Y.XmlText | undefined;
  /** Send times of the local changes not yet acknowledged, oldest first (acks come in order). */
  private readonly unacknowledged: number[] = [];
  private unsynced = 0;
  disconnects = 0;

  constructor(
    target: Target,
    documentName: string,
    cookie: string,
    readonly replica: boolean,
    private readonly onAck: (sentAt: number, now: number) => void,
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: target.wsUrl,
      WebSocketPolyfill: editorWebSocket({ ...(cookie ? { cookie } : {}), origin: target.origin }, this.drop),
      maxAttempts: 0,
      delay: 50,
      minDelay: 50,
      maxDelay: 500,
    });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: documentName, document: this.doc, token: "cookie" });
    this.provider.on("unsyncedChanges", ({ number }: { number: number }) => {
      if (number < this.unsynced) {
        const sentAt = this.unacknowledged.shift();
        if (sentAt !== undefined) this.onAck(sentAt, performance.now());
      }
      this.unsynced = number;
    });
    this.provider.on("disconnect", () => (this.disconnects += 1));
    this.provider.attach();
  }

  /** Synced, with a paragraph of its own added and acknowledged; a typist then stops listening. */
  async ready(): Promise<void> {
    const synced = () => this.provider.isSynced && this.provider.unsyncedChanges === 0;
    if (!(await until(synced, 15_000))) throw new Error("an editor did not sync within 15 s");
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    this.doc.transact(() => {
      paragraph.insert(0, [text]);
      const fragment = this.doc.getXmlFragment(TEXT_FIELD);
      fragment.insert(fragment.length, [paragraph]);
    });
    if (!(await until(synced, 15_000))) throw new Error("an editor's paragraph was not acknowledged within 15 s");
    this.text = text;
    this.drop.on = !this.replica;
  }

  /** Types one character at the end of its paragraph; returns the id (client, clock) it gets. */
  type(character: string, now: number): { client: number; clock: number } {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    this.unacknowledged.push(now);
    this.text!.insert(this.text!.length, character);
    return { client: this.doc.clientID, clock };
  }

  get waitingForAcks(): number {
    return this.unacknowledged.length;
  }

  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
  }
}

/** A `ws` WebSocket with the browser's headers that can discard broadcast updates. */
function editorWebSocket(headers: { cookie?: string; origin: string }, drop: { on: boolean }) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }

    // ws emits "message" before building the MessageEvent the provider listens to.
    override emit(event: string | symbol, ...args: unknown[]): boolean {
      if (event === "message" && drop.on && isBroadcastUpdate(args[0])) return false;
      return super.emit(event, ...args);
    }
  };
}

function isBroadcastUpdate(data: unknown): boolean {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
  if (!bytes || bytes.byteLength < 3) return false;
  try {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    return type === AWARENESS || (type === SYNC && decoding.readVarUint(decoder) === SYNC_UPDATE);
  } catch {
    return false;
  }
}
