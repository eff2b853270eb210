import type { Command } from "commander";
import { archivePath, checkEntityType, DB_OPTION_HELP, ENTITY_TYPES, openArchive, type EntitySummary } from "../../archive/index.js";
import { BanmianError } from "../../model/errors.js";

interface EntitiesFlags {
  db?: string;
  type?: string;
  paper?: string;
  limit?: string;
  format: string;
}

/** 洮北区 220802 吉林省›白城市›洮北区; 白城市委统战部 (市委统战部); 景俊海. */
function describe(entity: EntitySummary): string {
  const aliases = entity.aliases.length ? ` (${entity.aliases.join("、")})` : "";
  const division = entity.code ? `\t${entity.code}\t${entity.path?.join("›") ?? ""}` : entity.kind === "site" ? "\tsite" : "";
  return `${entity.name}${aliases}\t${entity.type}\t${entity.paper}\t${entity.articles} articles\t${entity.mentions} mentions${division}`;
}

export function registerEntities(program: Command): void {
  program
    .command("entities")
    .description("people, organisations and places named in the articles (one per paper and name), most written about first")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--type <type>", `only this type (${ENTITY_TYPES.join(", ")})`)
    .option("--paper <name>", "only this paper")
    .option("--limit <n>", "at most this many entities")
    .option("--format <format>", "table | json", "table")
    .action((flags: EntitiesFlags) => {
      if (flags.format !== "table" && flags.format !== "json") throw new BanmianError(`--format must be table or json, got '${flags.format}'`);
      if (flags.limit !== undefined && !/^\d+$/.test(flags.limit)) throw new BanmianError(`--limit must be a whole number, got '${flags.limit}'`);
      const type = checkEntityType(flags.type);
      const archive = openArchive(archivePath(flags.db), { mustExist: true });
      try {
        const entities = archive.entities({ type, paper: flags.paper, limit: flags.limit === undefined ? undefined : Number(flags.limit) });
        if (flags.format === "json") console.log(JSON.stringify(entities, null, 2));
        else for (const entity of entities) console.log(describe(entity));
      } finally {
        archive.close();
      }
    });
}
