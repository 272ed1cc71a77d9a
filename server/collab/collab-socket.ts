import { MessageType } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import type { WebSocket } from "ws";
import type { WriteOwner } from "./update-log.js";


/** Close codes a client may see, with a reason naming the cause (the client explains it in Dutch). */
export const CLOSE = {
  malformed: { code: 4400, reason: "malformed-message" },
  accessChanged: { code: 4401, reason: "access-changed" },
  accessRevoked: { code: 4403, reason: "access-revoked" },
  documentTooLarge: { code: 4413, reason: "document-too-large" },
  storageUnavailable: { code: 4500, reason: "storage-unavailable" },
  shuttingDown: { code: 1001, reason: "server-shutting-down" },
} as const;

export type Holder = { sessionId: string; userId: string; userName: string };
export type Grant = { municipalityId: string; readOnly: boolean };

/**
 * One browser's WebSocket as Hocuspocus sees it. Everything is sent at once except the
 * acknowledgements ("SyncStatus"): each waits until everything its document holds in memory
 * at that moment — the acknowledged update included — is committed to the update log. So
 * processing never waits for the database, and an ack the client receives means "stored".
 */
export class CollabSocket implements WriteOwner {
  /** Documents this socket opened, with the access they were granted. */
  readonly grants = new Map<string, Grant>();

  constructor(
    readonly ws: WebSocket,
    readonly holder: Holder,
    /** Runs `run` once everything appended for this document so far is committed (in call order). */
    private readonly whenStored: (documentName: string, run: () => void) => void,
  ) {}

  get readyState(): number {
    return this.ws.readyState;
  }

  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (data instanceof Uint8Array && typeOf(data) === MessageType.SyncStatus) {
      // Asked now, synchronously after the update was applied (and so appended).
      this.whenStored(this.documentOf(data), () => this.sendAck(data));
      return;
    }
    this.sendNow(data);
  }

  close(code?: number, reason?: string): void {
    if (this.ws.readyState === this.ws.CLOSING || this.ws.readyState === this.ws.CLOSED) return;
    this.ws.close(code, reason);
  }

  writeFailed(): void {
    this.close(CLOSE.storageUnavailable.code, CLOSE.storageUnavailable.reason);
  }

  private sendNow(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(data as Uint8Array);
  }

  private corked = false;

  /**
   * One commit releases many acks at once: they leave in one write (the socket is corked
   * until the end of this turn of the event loop) instead of one system call each.
   */
  private sendAck(data: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    const socket = (this.ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
    if (socket && !this.corked) {
      this.corked = true;
      socket.cork();
      setImmediate(() => {
        this.corked = false;
        socket.uncork();
      });
    }
    this.ws.send(data);
  }

  private lastAddress: { bytes: Uint8Array; name: string } | null = null;

  /** The document an ack is about; the last one is remembered (a socket mostly serves one). */
  private documentOf(data: Uint8Array): string {
    const last = this.lastAddress;
    if (last && startsWith(data, last.bytes)) return last.name;
    const decoder = decoding.createDecoder(data);
    const address = decoding.readVarString(decoder);
    const name = address.split("\0")[0] ?? "";
    this.lastAddress = { bytes: data.slice(0, decoder.pos), name };
    return name;
  }
}

function startsWith(data: Uint8Array, prefix: Uint8Array): boolean {
  if (data.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (data[i] !== prefix[i]) return false;
  return true;
}

/**
 * The message type of an outgoing frame: it follows the varString address (a varUint byte
 * length, then the bytes). Read without decoding the address, since this runs for every
 * frame sent. The length is read in full: a session-aware client's address
 * ("<document>\0<session>", up to 200 characters) can take more than one length byte, and
 * an ack misread as another type would go out before its write.
 */
function typeOf(data: Uint8Array): number {
  let length = 0;
  let at = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    const byte = data[at++];
    if (byte === undefined) return -1;
    length += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return data[at + length] ?? -1;
  }
  return -1;
}
