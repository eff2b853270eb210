import type { Command } from "commander";
import { archivePath, DB_OPTION_HELP, openArchive } from "../../archive/index.js";
import { BanmianError } from "../../model/errors.js";
import { serve } from "../../server/index.js";

const DEFAULT_PORT = 3000;
const DEFAULT_HOST = "127.0.0.1";

interface ServeFlags {
  db?: string;
  port?: string;
  host: string;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the archive as a web reader and a JSON API (writes need BANMIAN_EDIT_TOKEN)")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--port <number>", `port (default: PORT or ${DEFAULT_PORT})`)
    .option("--host <address>", "address to listen on", DEFAULT_HOST)
    .action(async (flags: ServeFlags) => {
      const archive = openArchive(archivePath(flags.db), { mustExist: true });
      const editToken = process.env.BANMIAN_EDIT_TOKEN || undefined;
      const server = await serve(archive, { port: portOf(flags.port ?? process.env.PORT), host: flags.host, editToken });
      console.log(`banmian: serving ${server.url}${editToken ? " (corrections enabled)" : " (read-only)"}`);
      closeOnSignal(() => server.close().finally(() => archive.close()));
    });
}

function portOf(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BanmianError(`port must be 0–65535, got '${value}'`);
  return port;
}

function closeOnSignal(close: () => Promise<void>): void {
  const stop = () => void close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
