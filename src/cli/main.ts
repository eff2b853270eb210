import { Command, CommanderError } from "commander";
import { registerParse } from "./commands/parse.js";
import { reportFailure } from "./errors.js";

export function buildProgram(): Command {
  const program = new Command("banmian")
    .description("Turn newspaper pages into a structured, searchable digital edition and archive")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerParse(program);
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
