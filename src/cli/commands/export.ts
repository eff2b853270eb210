import type { Command } from "commander";
import { archivePath, DB_OPTION_HELP, EXPORT_FORMATS, exportArchive, openArchive, type ExportFormat } from "../../archive/index.js";
import { BanmianError } from "../../model/errors.js";
import { checkDate } from "./parse.js";

interface ExportFlags {
  db?: string;
  paper?: string;
  from?: string;
  to?: string;
  format: string;
  out?: string;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("export the archive: JSON Lines pages, schema.org JSON-LD, Markdown per edition, CSV of articles")
    .requiredOption("--format <format>", EXPORT_FORMATS.join(" | "))
    .option("--db <file>", DB_OPTION_HELP)
    .option("--paper <name>", "only this paper")
    .option("--from <YYYY-MM-DD>", "from this date")
    .option("--to <YYYY-MM-DD>", "up to this date")
    .option("--out <dir>", "write files into this folder instead of stdout")
    .action(async (flags: ExportFlags) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) throw new BanmianError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, got '${flags.format}'`);
      checkDate(flags.from);
      checkDate(flags.to);
      const archive = openArchive(archivePath(flags.db), { mustExist: true });
      try {
        const summary = await exportArchive(archive, { format: flags.format as ExportFormat, paper: flags.paper, from: flags.from, to: flags.to, out: flags.out });
        if (flags.out) console.error(`exported ${summary.pages} pages, ${summary.articles} articles to ${summary.files.length} file(s) in ${flags.out}`);
      } finally {
        archive.close();
      }
    });
}
