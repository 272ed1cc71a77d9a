import type { Hocuspocus } from "@hocuspocus/server";
import { programmeDocumentName, programmeIdOf } from "@koers/editor";
import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";
import { projectText } from "./text-projector.js";

/** What the rest of the server tells the collaboration server about programme texts. */
export type ProgrammeTextEvents = {
  /** These actions' tracking data changed (status, owner, dates, goals …): tell open editors. */
  trackingChanged(programmeId: string, actionIds: readonly string[]): void;
  /** Actions or domains changed outside the text: bring the text in line with them. */
  structureChanged(programmeId: string, changedActionIds?: readonly string[]): Promise<void>;
  /** The comment threads on this text changed: open editors fetch them again. */
  commentsChanged(programmeId: string): void;
};

export type TrackingMessage = { type: "tracking-changed"; actionIds: string[] };
export type CommentsMessage = { type: "comments-changed" };

const QUIET_MS = 150;
const MAX_WAIT_MS = 1_000;

/**
 * Runs the projection of a text after edits: once the text has been quiet for 150 ms, and at
 * least once a second while writers keep typing, one run at a time per document. After a run
 * that changed actions, every open editor of the text is told to refresh its tracking data.
 */
export function createProjectionRunner(deps: {
  db: Db;
  log: Logger;
  hocuspocus: () => Hocuspocus;
  /** The person behind a Yjs client id (learnt from the updates each connection sends). */
  userOfClient?: (clientId: number) => string | undefined;
}) {
  type State = {
    timer: NodeJS.Timeout | null;
    firstAt: number;
    lastAt: number;
    actorId: string | null;
    running: Promise<void> | null;
    again: boolean;
    /** Actions changed on their own page, for the next run to write into the text. */
    outside: Set<string>;
  };
  const states = new Map<string, State>();
  let closed = false;

  function schedule(documentName: string, actorId: string | null): void {
    if (closed) return;
    const state = states.get(documentName) ?? { timer: null, firstAt: Date.now(), lastAt: Date.now(), actorId: null, running: null, again: false, outside: new Set<string>() };
    states.set(documentName, state);
    if (actorId) state.actorId = actorId;
    if (state.running) {
      state.again = true;
      return;
    }
    // One timer per quiet period, not one per keystroke: it re-arms itself while edits go on.
    state.lastAt = Date.now();
    if (state.timer) return;
    state.firstAt = state.lastAt;
    arm(documentName, state, QUIET_MS);
  }

  function arm(documentName: string, state: State, wait: number): void {
    state.timer = setTimeout(() => {
      const now = Date.now();
      const quietFor = now - state.lastAt;
      if (quietFor < QUIET_MS && now - state.firstAt < MAX_WAIT_MS) {
        arm(documentName, state, Math.min(QUIET_MS - quietFor, state.firstAt + MAX_WAIT_MS - now));
        return;
      }
      void run(documentName);
    }, wait);
  }

  async function run(documentName: string): Promise<void> {
    const state = states.get(documentName);
    if (!state) return;
    state.timer = null;
    const document = deps.hocuspocus().documents.get(documentName);
    if (!document) {
      states.delete(documentName);
      return;
    }
    const actorId = state.actorId;
    state.actorId = null;
    const outside = new Set(state.outside);
    state.outside.clear();
    state.running = (async () => {
      try {
        const result = await projectText(deps.db, documentName, document, { last: actorId, ofClient: deps.userOfClient }, outside);
        if (result.changedActionIds.length > 0) notify(documentName, result.changedActionIds);
      } catch (error) {
        deps.log.error({ err: error, documentName }, "collab: projecting the text onto actions failed; will retry on the next edit");
      }
    })();
    await state.running;
    state.running = null;
    if (state.again) {
      state.again = false;
      schedule(documentName, null);
    } else if (!state.timer) {
      states.delete(documentName);
    }
  }

  function notify(documentName: string, actionIds: readonly string[]): void {
    const document = deps.hocuspocus().documents.get(documentName);
    if (!document || actionIds.length === 0) return;
    const message: TrackingMessage = { type: "tracking-changed", actionIds: [...actionIds] };
    document.broadcastStateless(JSON.stringify(message));
  }

  const events: ProgrammeTextEvents = {
    trackingChanged(programmeId, actionIds) {
      notify(programmeDocumentName(programmeId), actionIds);
    },
    commentsChanged(programmeId) {
      const message: CommentsMessage = { type: "comments-changed" };
      deps.hocuspocus().documents.get(programmeDocumentName(programmeId))?.broadcastStateless(JSON.stringify(message));
    },
    async structureChanged(programmeId, changedActionIds = []) {
      const documentName = programmeDocumentName(programmeId);
      if (deps.hocuspocus().documents.has(documentName)) {
        schedule(documentName, null);
        for (const id of changedActionIds) states.get(documentName)?.outside.add(id);
        notify(documentName, changedActionIds);
        return;
      }
      // Nobody has the text open: load it, bring it in line, store it, unload it.
      const connection = await deps.hocuspocus().openDirectConnection(documentName, {});
      try {
        const document = connection.document!;
        await projectText(deps.db, documentName, document, { last: null }, new Set(changedActionIds));
        // A second pass binds the blocks the first one placed.
        await projectText(deps.db, documentName, document, { last: null });
      } finally {
        await connection.disconnect();
      }
    },
  };

  return {
    schedule,
    events,
    /** Resolves when no projection is waiting or running. */
    async idle(): Promise<void> {
      for (;;) {
        const busy = [...states.values()].find((state) => state.running || state.timer);
        if (!busy) return;
        await (busy.running ?? new Promise((resolve) => setTimeout(resolve, QUIET_MS)));
      }
    },
    async close(): Promise<void> {
      closed = true;
      for (const state of states.values()) if (state.timer) clearTimeout(state.timer);
      await Promise.all([...states.values()].map((state) => state.running));
      states.clear();
    },
    isProgrammeText: (documentName: string) => programmeIdOf(documentName) !== null,
  };
}
