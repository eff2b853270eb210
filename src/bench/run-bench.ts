import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { runArchiveBench, type IngestBench } from "../archive/bench.js";
import { enrichArticle } from "../enrich/index.js";
import { EnrichPool } from "../enrich/pool.js";
import { parseFile } from "../parse/file.js";
import { parsePage } from "../parse/index.js";
import { dictionaryWords } from "../parse/segmenter.js";
import { decodePageBytes } from "../source/decode.js";
import { loadGoldCases } from "../eval/gold.js";
import { formatRate, timePerRun } from "./measure.js";

const SEED = new URL("../../eval/gold/baicheng-daily-2022-08-page.txt", import.meta.url);
const PDF_FOLDER = new URL("../../eval/pdf/", import.meta.url);

function benchParse(): void {
  const seed = readFileSync(SEED, "utf8");
  const megabytes = Buffer.byteLength(seed) / 2 ** 20;
  const parseMs = timePerRun(() => parsePage(seed));
  const segmentMs = timePerRun(() => dictionaryWords(seed));
  console.log("parse (one core, seed page, %d chars)", seed.length);
  console.log(`  parsePage              ${parseMs.toFixed(3)} ms/page  ${formatRate(1000 / parseMs, "pages/s")}  ${formatRate(megabytes / (parseMs / 1000), "MB/s")}`);
  console.log(`  bare jieba cut (base)  ${segmentMs.toFixed(3)} ms/page  ${formatRate(1000 / segmentMs, "pages/s")}  ${formatRate(megabytes / (segmentMs / 1000), "MB/s")}`);
  console.log(`  ratio parse/segment    ${(parseMs / segmentMs).toFixed(2)}x`);
  const pages = loadGoldCases().map((goldCase) => decodePageBytes(readFileSync(goldCase.sourcePath)).text);
  const allMs = timePerRun(() => pages.forEach((page) => parsePage(page)));
  const chars = pages.reduce((sum, page) => sum + page.length, 0);
  console.log(`  all ${pages.length} gold pages     ${formatRate((pages.length * 1000) / allMs, "pages/s")}  ${formatRate((chars * 1000) / allMs, "chars/s")}`);
}

function benchEnrich(): void {
  const seed = readFileSync(SEED, "utf8");
  const page = parsePage(seed, { date: "2022-08-16" });
  const chars = page.articles.reduce((sum, article) => sum + article.body.reduce((n, block) => n + block.text.length, 0), 0);
  const enrichMs = timePerRun(() => page.articles.forEach((article) => enrichArticle(article, "2022-08-16")), 3, 1);
  const parseMs = timePerRun(() => parsePage(seed));
  console.log("enrich (one core, seed page)");
  console.log(`  enrich all articles    ${enrichMs.toFixed(1)} ms/page  ${formatRate((chars * 1000) / enrichMs, "chars/s")}  (parse ${parseMs.toFixed(2)} ms/page)`);
}

async function benchArchive(sizes: number[]): Promise<void> {
  for (const articles of sizes) {
    const result = await runArchiveBench(articles, { parse: parsePage, enrich: false });
    console.log(`archive, ${result.articles} articles (generated pages, parsed and ingested; db ${result.dbMiB} MiB)`);
    console.log(`  ingest                 ${formatRate(result.ingest.pagesPerSecond, "pages/s")}  rss by quarter ${result.ingest.rssMiB.join(" → ")} MiB`);
    console.log(`  search                 median ${result.search.medianMs.toFixed(2)} ms  p95 ${result.search.p95Ms.toFixed(2)} ms  (${result.search.queries} queries)`);
  }
}

type IngestMode = "without entities" | "entities inline" | "entities on workers";

/**
 * Ingest without entities, with entities extracted inline (one thread) and with entities extracted on
 * the worker pool that `banmian ingest` uses for large batches: best of three alternating warm runs each.
 */
async function benchEnrichedIngest(articles: number): Promise<void> {
  const pool = new EnrichPool();
  const run = async (mode: IngestMode) =>
    (await runArchiveBench(articles, { parse: parsePage, enrich: mode !== "without entities", pool: mode === "entities on workers" ? pool : undefined })).ingest;
  const modes: IngestMode[] = ["without entities", "entities inline", "entities on workers"];
  try {
    for (const mode of modes) await run(mode);
    const best = new Map<IngestMode, IngestBench>();
    for (let round = 0; round < 3; round++) {
      for (const mode of modes) {
        const result = await run(mode);
        if (result.pagesPerSecond > (best.get(mode)?.pagesPerSecond ?? 0)) best.set(mode, result);
      }
    }
    const plain = best.get("without entities")!;
    console.log(`ingest with enrichment, ${plain.articles} articles (generated pages, parsed and ingested; best of 3 warm runs; pool of ${pool.size} workers)`);
    for (const mode of modes) {
      const result = best.get(mode)!;
      const slowdown = mode === "without entities" ? "" : `  slowdown ${(plain.pagesPerSecond / result.pagesPerSecond).toFixed(1)}x`;
      console.log(`  ${mode.padEnd(22)} ${formatRate(result.pagesPerSecond, "pages/s")}  cpu ${result.cpuMsPerPage.toFixed(1)} ms/page${slowdown}`);
    }
    console.log("  (target ≤ 2x; `ingest --no-enrich` then `banmian enrich` defers it)");
  } finally {
    await pool.close();
  }
}

/** Every typeset e-paper page read from its PDF bytes: text layer, layout analysis and parse. */
async function benchPdf(rounds: number): Promise<void> {
  const paths = readdirSync(PDF_FOLDER)
    .filter((name) => name.endsWith(".pdf") && name !== "scanned.pdf")
    .map((name) => new URL(name, PDF_FOLDER).pathname);
  await Promise.all(paths.slice(0, 1).map((path) => parseFile(path)));
  let pages = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const path of paths) pages += (await parseFile(path)).length;
  const ms = (performance.now() - started) / pages;
  console.log(`pdf (one core, ${paths.length} typeset e-paper pages × ${rounds}, read + layout + parse)`);
  console.log(`  parseFile              ${ms.toFixed(1)} ms/page  ${formatRate(1000 / ms, "pages/s")}  (target ≤ 300 ms/page)`);
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  console.log(`banmian bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus()[0]?.model ?? "cpu"} (single thread)`);
  benchParse();
  await benchPdf(quick ? 1 : 3);
  benchEnrich();
  await benchEnrichedIngest(quick ? 500 : 2_000);
  await benchArchive(quick ? [2_000] : [10_000, 100_000]);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
