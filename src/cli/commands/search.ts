import type { Command } from "commander";
import { archivePath, DB_OPTION_HELP, MARK_END, MARK_START, openArchive, type SearchResult } from "../../archive/index.js";
import { BanmianError } from "../../model/errors.js";
import { ROLES, type Role } from "../../model/page.js";

interface SearchFlags {
  db?: string;
  paper?: string;
  from?: string;
  to?: string;
  person?: string;
  role?: string;
  org?: string;
  place?: string;
  limit: string;
  offset: string;
  format: string;
}

function wholeNumber(flag: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new BanmianError(`${flag} must be a whole number, got '${value}'`);
  return number;
}

function role(value: string | undefined): Role | undefined {
  if (value === undefined) return undefined;
  if (!ROLES.includes(value as Role)) throw new BanmianError(`--role must be one of ${ROLES.join(", ")}, got '${value}'`);
  return value as Role;
}

/** Matches shown in bold on a terminal, in [brackets] otherwise. */
function highlight(snippet: string, tty: boolean): string {
  const [open, close] = tty ? ["\x1b[1m", "\x1b[22m"] : ["[", "]"];
  return snippet.replaceAll(MARK_START, open).replaceAll(MARK_END, close);
}

function printTable(result: SearchResult, offset: number): void {
  const tty = Boolean(process.stdout.isTTY);
  if (result.hits.length === 0) {
    console.log(`no matches (${result.total} in all)`);
    return;
  }
  result.hits.forEach((hit, index) => {
    console.log(`${offset + index + 1}. ${hit.headline ?? "(无题)"}  —  ${hit.paper} ${hit.date} 第${hit.page}版  #${hit.articleId}`);
    console.log(`   ${highlight(hit.snippet, tty)}`);
  });
  console.log(`${offset + 1}–${offset + result.hits.length} of ${result.total}`);
}

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description('full-text search of the archive; all words must match, "…" for a phrase')
    .argument("<query>", "words to look for")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--paper <name>", "only this paper")
    .option("--from <YYYY-MM-DD>", "from this date")
    .option("--to <YYYY-MM-DD>", "up to this date")
    .option("--person <name>", "only articles crediting or naming this person")
    .option("--role <role>", `with --person: only articles crediting them in this role (${ROLES.join(", ")})`)
    .option("--org <name>", "only articles naming this organisation (full name or as written)")
    .option("--place <name>", "only articles naming this place (name, or GB/T 2260 code)")
    .option("--limit <n>", "hits to show", "20")
    .option("--offset <n>", "hits to skip", "0")
    .option("--format <format>", "table | json", "table")
    .action((query: string, flags: SearchFlags) => {
      if (flags.format !== "table" && flags.format !== "json") throw new BanmianError(`--format must be table or json, got '${flags.format}'`);
      const limit = wholeNumber("--limit", flags.limit);
      const offset = wholeNumber("--offset", flags.offset);
      const archive = openArchive(archivePath(flags.db), { mustExist: true });
      try {
        const result = archive.search({ q: query, paper: flags.paper, from: flags.from, to: flags.to, person: flags.person, role: role(flags.role), org: flags.org, place: flags.place, limit, offset });
        if (flags.format === "json") console.log(JSON.stringify(result, null, 2));
        else printTable(result, offset);
      } finally {
        archive.close();
      }
    });
}
