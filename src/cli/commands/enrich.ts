import type { Command } from "commander";
import { archivePath, DB_OPTION_HELP, enrichProgress, openArchive } from "../../archive/index.js";

export function registerEnrich(program: Command): void {
  program
    .command("enrich")
    .description("extract people, organisations, places, figures and dates from every article again (after ingest --no-enrich or a better model)")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--paper <name>", "only this paper")
    .action(async (flags: { db?: string; paper?: string }) => {
      const archive = openArchive(archivePath(flags.db), { mustExist: true });
      try {
        const summary = await archive.enrich({ paper: flags.paper, progress: enrichProgress() });
        const rate = summary.articles / Math.max(summary.seconds, 1e-3);
        console.log(`${summary.articles} articles enriched: ${summary.mentions} mentions, ${summary.entities} entities (${rate.toFixed(1)} articles/s)`);
      } finally {
        archive.close();
      }
    });
}
