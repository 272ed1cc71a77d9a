// The text → actions projection of issue 5 at the size of a large programme: 1,000 action blocks
// in four chapters. Measures, on a real PostgreSQL, the server time of projecting one edit and
// of a full re-projection (every block new), next to a naive peer that converts the whole text
// to ProseMirror JSON and upserts every action on each edit. A measurement, not a test.
// Run with `npm run bench:projection`.
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { jsonFromYDoc, programmeDocumentName, TEXT_FIELD, yDocFromJSON } from "@koers/editor";
import type { JSONContent } from "@tiptap/core";
import * as Y from "yjs";
import { PROJECT_ROOT } from "../../../server/config.js";
import { projectText } from "../../../server/collab/text-projector.js";
import { createDb, type Db } from "../../../server/db.server.js";
import { startEmbeddedPostgres } from "../../../server/db/embedded-postgres.js";
import { applyMigrations } from "../../../server/db/migrations.js";

const DATA_DIR = path.join(PROJECT_ROOT, "tests/.tmp/bench-projection-pg");
const BLOCKS = 1_000;
const EDITS = 60;
const WARMUP = 10;
const TARGETS = { edit: 50, full: 2_000 };

const paragraph = (text: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text }] });

async function programme(db: Db) {
  const municipality = await db.municipality.create({ data: { slug: `bench-${randomUUID().slice(0, 8)}`, name: "Gemeente Bench" } });
  const created = await db.programme.create({
    data: {
      municipalityId: municipality.id,
      title: "Raadsprogramma",
      termStart: new Date("2026-04-01"),
      termEnd: new Date("2030-03-31"),
      domains: { create: ["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"].map((name, order) => ({ name, order })) },
    },
    include: { domains: { orderBy: { order: "asc" } } },
  });
  const perChapter = BLOCKS / created.domains.length;
  const doc = yDocFromJSON({
    type: "doc",
    content: [
      paragraph("Inleiding."),
      ...created.domains.map((domain) => ({
        type: "chapter",
        attrs: { domainId: domain.id, title: domain.name },
        content: Array.from({ length: perChapter }, (_, i) => ({
          type: "actionBlock",
          attrs: { actionId: randomUUID() },
          content: [paragraph(`Actie ${i + 1} in ${domain.name}`), paragraph("We doen dit samen met de partners in de wijk, en meten elk jaar wat het oplevert.")],
        })),
      })),
    ],
  });
  return { programmeId: created.id, documentName: programmeDocumentName(created.id), doc };
}

/** Changes the title of a block somewhere in the text, as a writer would with one keystroke. */
function typeInSomeBlock(doc: Y.Doc, n: number): void {
  const chapters = doc.getXmlFragment(TEXT_FIELD).toArray().filter((node) => node instanceof Y.XmlElement && node.nodeName === "chapter") as Y.XmlElement[];
  const chapter = chapters[n % chapters.length]!;
  const block = chapter.get((n * 37) % chapter.length) as Y.XmlElement;
  const title = (block.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  title.insert(title.length, "!");
}

/** The peer: the whole text to ProseMirror JSON, then every action written, on every edit. */
async function naiveProjection(db: Db, programmeId: string, doc: Y.Doc): Promise<void> {
  const json = jsonFromYDoc(doc);
  const rows: { id: string; domainId: string; order: number; title: string; description: string }[] = [];
  for (const chapter of json.content ?? []) {
    if (chapter.type !== "chapter") continue;
    (chapter.content ?? []).filter((node) => node.type === "actionBlock").forEach((node, order) => {
      const [first, ...rest] = node.content ?? [];
      const text = (n: JSONContent | undefined): string => (n?.text ?? "") + (n?.content ?? []).map(text).join("");
      rows.push({ id: String(node.attrs?.actionId), domainId: String(chapter.attrs?.domainId), order, title: text(first), description: rest.map(text).join("\n\n") });
    });
  }
  await db.$transaction(
    rows.map((row) =>
      db.action.upsert({
        where: { id: row.id },
        create: { id: row.id, programmeId, primaryDomainId: row.domainId, order: row.order, title: row.title, description: row.description },
        update: { primaryDomainId: row.domainId, order: row.order, title: row.title, description: row.description },
      }),
    ),
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir: DATA_DIR });
  try {
    await server.createDatabase("koers_bench_projection");
    const url = server.url("koers_bench_projection");
    await applyMigrations({ databaseUrl: url });
    const db = createDb(url);
    const rows: [string, string, string, string, string][] = [];

    // Full re-projection: a text of 1,000 blocks the database has never seen (median of 3).
    const full: number[] = [];
    const fullPeer: number[] = [];
    let steady: Awaited<ReturnType<typeof programme>> | undefined;
    for (let run = 0; run < 3; run++) {
      const koers = await programme(db);
      let started = performance.now();
      const result = await projectText(db, koers.documentName, koers.doc, { last: null });
      full.push(performance.now() - started);
      if (result.plan.create.length !== BLOCKS) throw new Error(`expected ${BLOCKS} new actions, got ${result.plan.create.length}`);
      steady = koers;
      const peer = await programme(db);
      started = performance.now();
      await naiveProjection(db, peer.programmeId, peer.doc);
      fullPeer.push(performance.now() - started);
    }
    const median = (values: number[]) => percentile(values, 50);
    rows.push(["full re-projection (1,000 new blocks)", ms(median(full)), ms(median(fullPeer)), `≤ ${TARGETS.full} ms`, median(full) <= TARGETS.full ? "✓" : "✗"]);

    // One edit in a text of 1,000 bound blocks, projected (the server time of one run).
    const { documentName, doc, programmeId } = steady!;
    const edits: number[] = [];
    const peerEdits: number[] = [];
    for (let i = 0; i < WARMUP + EDITS; i++) {
      typeInSomeBlock(doc, i);
      let started = performance.now();
      const result = await projectText(db, documentName, doc, { last: null });
      const koersMs = performance.now() - started;
      if (result.plan.update.length !== 1) throw new Error(`expected one updated action, got ${result.plan.update.length}`);
      started = performance.now();
      await naiveProjection(db, programmeId, doc);
      const peerMs = performance.now() - started;
      if (i >= WARMUP) {
        edits.push(koersMs);
        peerEdits.push(peerMs);
      }
    }
    rows.push(["one edit, p50", ms(percentile(edits, 50)), ms(percentile(peerEdits, 50)), "—", "report"]);
    rows.push(["one edit, p95", ms(percentile(edits, 95)), ms(percentile(peerEdits, 95)), `≤ ${TARGETS.edit} ms`, percentile(edits, 95) <= TARGETS.edit ? "✓" : "✗"]);
    const idle = performance.now();
    await projectText(db, documentName, doc, { last: null });
    rows.push(["re-run without changes", ms(performance.now() - idle), "—", "—", "report"]);

    console.log(`\n${BLOCKS.toLocaleString("en")} action blocks in 4 chapters; one edit = one title keystroke; ${EDITS} edits after ${WARMUP} warm-up; full = median of 3.`);
    console.log("Peer: the whole text to ProseMirror JSON and every action upserted, on each run.\n");
    const header = ["measurement", "Koers", "peer", "target", "✓/✗"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
    console.log([line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n"));
    console.log(`\nPeak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB.`);
    await db.$disconnect();
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
