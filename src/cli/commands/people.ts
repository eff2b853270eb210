import type { Command } from "commander";
import { archivePath, DB_OPTION_HELP, openArchive, type PersonSummary } from "../../archive/index.js";
import { BanmianError } from "../../model/errors.js";

interface PeopleFlags {
  db?: string;
  paper?: string;
  limit?: string;
  format: string;
}

function roleList(person: PersonSummary): string {
  return Object.entries(person.roles).map(([role, count]) => `${role} ${count}`).join(", ");
}

export function registerPeople(program: Command): void {
  program
    .command("people")
    .description("people credited in the archive (one per paper and name), with counts by role")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--paper <name>", "only this paper")
    .option("--limit <n>", "at most this many people")
    .option("--format <format>", "table | json", "table")
    .action((flags: PeopleFlags) => {
      if (flags.format !== "table" && flags.format !== "json") throw new BanmianError(`--format must be table or json, got '${flags.format}'`);
      if (flags.limit !== undefined && !/^\d+$/.test(flags.limit)) throw new BanmianError(`--limit must be a whole number, got '${flags.limit}'`);
      const archive = openArchive(archivePath(flags.db), { mustExist: true });
      try {
        const people = archive.people({ paper: flags.paper, limit: flags.limit === undefined ? undefined : Number(flags.limit) });
        if (flags.format === "json") console.log(JSON.stringify(people, null, 2));
        else for (const person of people) console.log(`${person.name}\t${person.paper}\t${person.articles} articles\t${roleList(person)}`);
      } finally {
        archive.close();
      }
    });
}
