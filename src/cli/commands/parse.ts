import type { Command } from "commander";
import { BanmianError } from "../../model/errors.js";
import { parseFile } from "../../parse/file.js";
import { renderPage, type OutputFormat } from "../../model/render.js";

const FORMATS: OutputFormat[] = ["json", "md", "text"];

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description("parse one page (text or PDF) into banmian.page/1")
    .argument("<file>", "page file: UTF-8/UTF-16/GB18030 text, or a PDF")
    .option("--paper <name>", "newspaper name")
    .option("--date <YYYY-MM-DD>", "edition date")
    .option("--page <label>", "page label (3, A3 …)")
    .option("--format <format>", "json | md | text", "json")
    .action(async (file: string, options: { paper?: string; date?: string; page?: string; format: string }) => {
      const format = checkFormat(options.format);
      checkDate(options.date);
      const parsed = await parseFile(file, { paper: options.paper, date: options.date, page: options.page });
      const output = parsed.map((entry) => renderPage(entry.page, format)).join(format === "json" ? "\n" : "\n\n---\n\n");
      process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
    });
}

function checkFormat(format: string): OutputFormat {
  if (!FORMATS.includes(format as OutputFormat)) throw new BanmianError(`unknown format '${format}' (use ${FORMATS.join(", ")})`);
  return format as OutputFormat;
}

export function checkDate(date: string | undefined): void {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new BanmianError(`--date must be YYYY-MM-DD, got '${date}'`);
}
