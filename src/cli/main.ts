import { Command, CommanderError } from "commander";
import { registerEnrich } from "./commands/enrich.js";
import { registerEntities } from "./commands/entities.js";
import { registerExport } from "./commands/export.js";
import { registerIngest } from "./commands/ingest.js";
import { registerParse } from "./commands/parse.js";
import { registerPeople } from "./commands/people.js";
import { registerSearch } from "./commands/search.js";
import { registerStats } from "./commands/stats.js";
import { registerServe } from "./commands/serve.js";
import { reportFailure } from "./errors.js";

export function buildProgram(): Command {
  const program = new Command("banmian")
    .description("Turn newspaper pages into a structured, searchable digital edition and archive")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerParse(program);
  registerIngest(program);
  registerSearch(program);
  registerPeople(program);
  registerEnrich(program);
  registerEntities(program);
  registerExport(program);
  registerStats(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    process.exitCode = reportFailure(error);
  }
}
