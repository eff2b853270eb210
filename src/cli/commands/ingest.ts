import type { Command } from "commander";
import { archivePath, DB_OPTION_HELP, ingestFiles, ingestProgress, openArchive, type IngestSummary } from "../../archive/index.js";

interface IngestFlags {
  db?: string;
  paper?: string;
  date?: string;
  page?: string;
  enrich: boolean;
}

function printSummary(summary: IngestSummary): void {
  const pages = summary.added + summary.replaced + summary.unchanged;
  const rate = pages / Math.max(summary.seconds, 1e-3);
  console.log(`${summary.files} files: ${summary.added} pages added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed.length} failed (${rate.toFixed(1)} pages/s)`);
  if (summary.staleCorrections.length > 0) {
    console.log(`corrected articles whose page changed, kept and flagged stale for review: ${summary.staleCorrections.join(", ")}`);
  }
  if (summary.failed.length === 0) return;
  console.error(`failed:`);
  for (const { path, error } of summary.failed) console.error(`  ${error?.startsWith(path) ? error : `${path}: ${error}`}`);
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("parse page files (text or PDF) and store them in the archive; one page is one transaction")
    .argument("<paths...>", "page files, folders and globs (.txt, .pdf)")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--paper <name>", "newspaper name for every file")
    .option("--date <YYYY-MM-DD>", "edition date for every file")
    .option("--page <label>", "page label (one file only)")
    .option("--no-enrich", "store articles without extracting entities (faster); run banmian enrich later")
    .action(async (paths: string[], flags: IngestFlags) => {
      const archive = openArchive(archivePath(flags.db), { enrich: flags.enrich });
      try {
        const progress = ingestProgress();
        const summary = await ingestFiles(archive, paths, {
          paper: flags.paper,
          date: flags.date,
          page: flags.page,
          onStart: (total) => progress.start(total),
          onOutcome: (outcome, done, total) => progress.update(outcome, done, total),
        });
        progress.finish();
        printSummary(summary);
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        archive.close();
      }
    });
}
