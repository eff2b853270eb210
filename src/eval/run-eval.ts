import { parseFile } from "../parse/file.js";
import { parsePage } from "../parse/index.js";
import { generatePages } from "./generate.js";
import { loadGoldCases, type GoldCase } from "./gold.js";
import { scorePage, type PageScore } from "./score.js";

export interface EvalRow {
  name: string;
  score: PageScore;
}

export async function evaluateCases(cases: GoldCase[]): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const goldCase of cases) {
    const [parsed] = await parseFile(goldCase.sourcePath);
    rows.push({ name: goldCase.name, score: scorePage(parsed.page, goldCase.gold, parsed.source) });
  }
  return rows;
}

export function totalScore(rows: EvalRow[]): PageScore {
  const total = { ...rows[0].score, mismatches: [] as string[], lossless: rows.every((row) => row.score.lossless) };
  for (const key of Object.keys(total) as Array<keyof PageScore>) {
    if (typeof total[key] === "number") (total[key] as number) = rows.reduce((sum, row) => sum + (row.score[key] as number), 0);
  }
  return total;
}

const ratio = (part: number, whole: number) => (whole === 0 ? "  -  " : (part / whole).toFixed(3));

function f1(matched: number, predicted: number, gold: number): string {
  if (gold === 0 && predicted === 0) return "1.000";
  return ratio(2 * matched, predicted + gold);
}

export function formatRow(name: string, score: PageScore): string {
  return [
    name.padEnd(44),
    f1(score.matchedArticles, score.predictedArticles, score.goldArticles).padStart(7),
    `${score.exactArticles}/${score.goldArticles}`.padStart(7),
    `${score.exactParagraphs}/${score.goldParagraphs}`.padStart(9),
    `${score.correctTitleFields}/${score.titleFields}`.padStart(8),
    f1(score.matchedPeople, score.predictedPeople, score.goldPeople).padStart(7),
    `${score.matchedItems}/${score.goldItems}(${score.predictedItems})`.padStart(9),
    `${score.predictedJoins}/${score.goldJoins}`.padStart(6),
    (score.lossless ? "yes" : "NO").padStart(5),
  ].join(" ");
}

export const HEADER = [
  "page".padEnd(44),
  "art.F1".padStart(7),
  "exact".padStart(7),
  "paras".padStart(9),
  "titles".padStart(8),
  "ppl.F1".padStart(7),
  "items".padStart(9),
  "joins".padStart(6),
  "lossl".padStart(5),
].join(" ");

const COMPOSED_PAGES = 200;
const COMPOSED_SEED = 7;

/** Pages composed from the hand-written gold parts, with breaks planted at random: unseen layouts. */
function scoreComposedPages(): PageScore {
  const rows = generatePages(COMPOSED_PAGES, COMPOSED_SEED).map((generated, index) => ({
    name: `composed-${index}`,
    score: scorePage(parsePage(generated.text, generated.meta), generated.gold, generated.text),
  }));
  return totalScore(rows);
}

/**
 * The PDFs of a folder (eval/pdf: typeset by pdfkit; eval/pdf-browser: printed by Chromium), read
 * by layout analysis, next to the text path on the same pages.
 */
async function scorePdfPath(dir: string, textRows: EvalRow[]): Promise<[PageScore, PageScore]> {
  const pdfRows = await evaluateCases(loadGoldCases(dir, ".pdf"));
  const names = new Set(pdfRows.map((row) => row.name));
  return [totalScore(pdfRows), totalScore(textRows.filter((row) => names.has(row.name)))];
}

const PDF_DIR = new URL("../../eval/pdf/", import.meta.url).pathname;
const BROWSER_PDF_DIR = new URL("../../eval/pdf-browser/", import.meta.url).pathname;

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const folders = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const cases = folders.length ? folders.flatMap((folder) => loadGoldCases(folder)) : loadGoldCases();
  const rows = await evaluateCases(cases);
  console.log(HEADER);
  for (const row of rows) {
    console.log(formatRow(row.name, row.score));
    if (verbose) for (const mismatch of row.score.mismatches) console.log(`    ${mismatch}`);
  }
  const total = totalScore(rows);
  console.log(formatRow(`TOTAL (${rows.length} pages)`, total));
  if (folders.length === 0) {
    console.log(formatRow(`composed pages (${COMPOSED_PAGES}, seed ${COMPOSED_SEED})`, scoreComposedPages()));
    const [pdf, text] = await scorePdfPath(PDF_DIR, rows);
    console.log(formatRow(`e-paper PDFs (${pdf.goldArticles} articles), PDF path`, pdf));
    console.log(formatRow(`  the same pages, text path`, text));
    const [browserPdf, browserText] = await scorePdfPath(BROWSER_PDF_DIR, rows);
    console.log(formatRow(`browser-printed PDFs (${browserPdf.goldArticles} art.), PDF path`, browserPdf));
    console.log(formatRow(`  the same pages, text path`, browserText));
  }
  console.log(
    `articles exactly right ${ratio(total.exactArticles, total.goldArticles)}  paragraphs ${ratio(total.exactParagraphs, total.goldParagraphs)}  ` +
      `people F1 ${f1(total.matchedPeople, total.predictedPeople, total.goldPeople)}  lossless ${total.lossless ? "100%" : "NO"}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`eval: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  });
}
