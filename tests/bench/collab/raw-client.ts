import { MessageType } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { messageYjsSyncStep1 as SYNC_STEP_1, messageYjsSyncStep2 as SYNC_STEP_2, messageYjsUpdate as SYNC_UPDATE } from "y-protocols/sync";
import WebSocket from "ws";
import * as Y from "yjs";
import type { Target } from "./editor-client.js";

// The Hocuspocus protocol's numbers come from Hocuspocus and y-protocols; only the two
// authentication sub-types are written here (their enum lives in @hocuspocus/common, which
// Koers does not depend on directly).
const { Sync: SYNC, Auth: AUTH, SyncStatus: SYNC_STATUS } = MessageType;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;

/**
 * A client that speaks the protocol directly, without a Y.Doc of its own: authenticate, send
 * sync step 1 with an empty state vector, wait for the server's step 2, then send prepared
 * updates and count acknowledgements (SyncStatus). It never answers the server's step 1, so
 * every SyncStatus it receives acknowledges one of its updates. Cheap enough that one client
 * can push a server to its limit.
 */
export class RawClient {
  acknowledged = 0;
  refused = 0;
  onAck: (() => void) | null = null;

  private constructor(
    private readonly ws: WebSocket,
    readonly documentName: string,
  ) {}

  static connect(target: Target, documentName: string, cookie: string): Promise<RawClient> {
    const ws = new WebSocket(target.wsUrl, { headers: { ...(cookie ? { cookie } : {}), origin: target.origin } });
    const client = new RawClient(ws, documentName);
    return new Promise((resolve, reject) => {
      let synced = false;
      ws.on("open", () => {
        ws.send(client.message(AUTH, (encoder) => {
          encoding.writeVarUint(encoder, AUTH_TOKEN);
          encoding.writeVarString(encoder, "cookie");
        }));
        ws.send(client.message(SYNC, (encoder) => {
          encoding.writeVarUint(encoder, SYNC_STEP_1);
          encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
        }));
      });
      ws.on("message", (data: Buffer) => {
        if (data.byteLength <= 1) return; // ping
        const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        decoding.readVarString(decoder);
        const type = decoding.readVarUint(decoder);
        if (type === SYNC_STATUS) {
          if (decoding.readVarInt(decoder) === 1) client.acknowledged += 1;
          else client.refused += 1;
          client.onAck?.();
        } else if (type === SYNC && !synced && decoding.readVarUint(decoder) === SYNC_STEP_2) {
          synced = true;
          resolve(client);
        } else if (type === AUTH && decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) {
          reject(new Error(`permission denied: ${decoding.readVarString(decoder)}`));
        }
      });
      ws.on("close", (code, reason) => {
        if (!synced) reject(new Error(`closed before syncing: ${code} ${reason.toString()}`));
      });
      ws.on("error", (error) => {
        if (!synced) reject(error);
      });
    });
  }

  sendUpdate(update: Uint8Array): void {
    this.ws.send(this.message(SYNC, (encoder) => {
      encoding.writeVarUint(encoder, SYNC_UPDATE);
      encoding.writeVarUint8Array(encoder, update);
    }));
  }

  /**
   * Sends `updates` in order, keeping at most `window` unacknowledged, and resolves when all are
   * acknowledged. Rejects if the acknowledgements stop coming for `stallMs`.
   */
  pipeline(updates: readonly Uint8Array[], window: number, stallMs = 30_000): Promise<void> {
    const base = this.acknowledged + this.refused;
    let sent = 0;
    return new Promise((resolve, reject) => {
      let lastAck = performance.now();
      const watchdog = setInterval(() => {
        if (performance.now() - lastAck > stallMs) {
          clearInterval(watchdog);
          reject(new Error(`acknowledgements stalled at ${this.acknowledged + this.refused - base} of ${updates.length}`));
        }
      }, 1_000);
      const done = () => {
        clearInterval(watchdog);
        this.onAck = null;
        if (this.refused > 0) reject(new Error(`${this.refused} updates refused`));
        else resolve();
      };
      this.onAck = () => {
        lastAck = performance.now();
        const received = this.acknowledged + this.refused - base;
        if (received === updates.length) return done();
        if (sent < updates.length) this.sendUpdate(updates[sent++]!);
      };
      if (updates.length === 0) return done();
      while (sent < Math.min(window, updates.length)) this.sendUpdate(updates[sent++]!);
    });
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once("close", () => resolve());
      this.ws.close();
    });
  }

  private message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.documentName);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }
}
