import type { Command } from "commander";
import { archivePath, DB_OPTION_HELP, openArchive } from "../../archive/index.js";

function kibibytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("count papers, editions, pages, articles and people; size of the search index")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--format <format>", "table | json", "table")
    .action((flags: { db?: string; format: string }) => {
      const archive = openArchive(archivePath(flags.db), { mustExist: true });
      try {
        const stats = archive.stats();
        if (flags.format === "json") console.log(JSON.stringify(stats, null, 2));
        else {
          const { indexBytes, ...counts } = stats;
          for (const [name, count] of Object.entries(counts)) console.log(`${name.padEnd(10)} ${count}`);
          console.log(`${"index".padEnd(10)} ${kibibytes(indexBytes)}`);
        }
      } finally {
        archive.close();
      }
    });
}
