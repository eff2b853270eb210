import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { BanmianError } from "../model/errors.js";
import type { Article } from "../model/page.js";
import type { Archive, PageFilter } from "./archive.js";
import { createFolder } from "./db.js";
import { newsArticleJsonLd } from "./jsonld.js";
import type { StoredArticle, StoredPage } from "./types.js";

export const EXPORT_FORMATS = ["jsonl", "jsonld", "md", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends PageFilter {
  format: ExportFormat;
  /** A folder to write files into; without it everything goes to `stdout`. */
  out?: string;
  stdout?: NodeJS.WritableStream;
}

export interface ExportSummary {
  pages: number;
  articles: number;
  files: string[];
}

/** A text sink that waits for the stream to drain, so memory stays flat however large the export. */
interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function streamSink(stream: NodeJS.WritableStream, owned: boolean): Sink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, "drain");
    },
    async close() {
      if (!owned) return;
      stream.end();
      await once(stream, "finish");
    },
  };
}

function fileSink(path: string, summary: ExportSummary): Sink {
  summary.files.push(path);
  return streamSink(createWriteStream(path), true);
}

function* storedPages(archive: Archive, filter: PageFilter): Generator<StoredPage> {
  for (const id of archive.pageIds(filter)) {
    const page = archive.page(id);
    if (page) yield page;
  }
}

// ---------- CSV ----------

const CSV_COLUMNS = ["id", "paper", "date", "page", "position", "version", "kicker", "headline", "subheadline", "dateline", "byline", "people", "body"];

/** RFC 4180: quote a field holding a comma, quote or line break, doubling the quotes. */
export function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(stored: StoredArticle): string {
  const { article } = stored;
  const people = article.people.map((person) => `${person.name}(${person.role})`).join("; ");
  const body = article.body.map((block) => block.text).join("\n");
  const fields = [stored.id, stored.paper, stored.date, stored.page, stored.index, stored.version, article.kicker, article.headline, article.subheadline, article.dateline, article.byline, people, body];
  return `${fields.map(csvField).join(",")}\r\n`;
}

// ---------- Markdown ----------

/** Keep a line of text from being read as Markdown structure. */
function mdText(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^(\s*)([#>+-]|\d+\.)/, "$1\\$2");
}

function mdArticle(article: Article): string {
  const lines: string[] = [];
  if (article.kicker) lines.push(`*${mdText(article.kicker)}*`, "");
  lines.push(`### ${mdText(article.headline ?? "(无题)")}`, "");
  if (article.subheadline) lines.push(`**${mdText(article.subheadline)}**`, "");
  if (article.byline) lines.push(`*${mdText(article.byline)}*`, "");
  for (const block of article.body) lines.push(block.kind === "subhead" ? `**${mdText(block.text)}**` : mdText(block.text), "");
  return lines.join("\n");
}

function mdPage(page: StoredPage): string {
  const heading = `## ${/^\d+$/.test(page.page) ? `第${page.page}版` : page.page}${page.section ? ` ${page.section}` : ""}`;
  const items = page.parsed.items
    .filter((item) => item.kind === "photo")
    .map((item) => `> 图:${mdText(item.text)}${item.credit ? ` ${mdText(item.credit)}` : ""}\n`);
  return [heading, "", ...page.parsed.articles.map(mdArticle), ...items].join("\n");
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
}

// ---------- the export ----------

async function exportMarkdown(archive: Archive, options: ExportOptions, summary: ExportSummary, stdout: Sink | null): Promise<void> {
  let edition = "";
  let sink: Sink | null = stdout;
  for (const page of storedPages(archive, options)) {
    const key = `${page.paper}\u0000${page.date}`;
    if (key !== edition) {
      edition = key;
      if (options.out) {
        await sink?.close();
        createFolder(join(options.out, safeFileName(page.paper)));
        sink = fileSink(join(options.out, safeFileName(page.paper), `${page.date}.md`), summary);
      }
      await sink!.write(`# ${mdText(page.paper)} ${page.date}\n\n`);
    }
    await sink!.write(`${mdPage(page)}\n`);
    summary.pages += 1;
    summary.articles += page.articleIds.length;
  }
  if (options.out) await sink?.close();
}

async function exportStream(archive: Archive, options: ExportOptions, summary: ExportSummary, sink: Sink): Promise<void> {
  const { format } = options;
  if (format === "csv") await sink.write(`${CSV_COLUMNS.join(",")}\r\n`);
  if (format === "jsonld") await sink.write('{\n"@context": "https://schema.org",\n"@graph": [');
  let first = true;
  for (const page of storedPages(archive, options)) {
    summary.pages += 1;
    if (format === "jsonl") await sink.write(`${JSON.stringify(page.parsed)}\n`);
    for (const stored of format === "jsonl" ? [] : archive.pageArticles(page.id)) {
      if (format === "csv") await sink.write(csvRow(stored));
      else {
        const { "@context": _context, ...node } = newsArticleJsonLd(stored, { section: page.section, entities: archive.articleEntities(stored.id) });
        await sink.write(`${first ? "\n" : ",\n"}${JSON.stringify(node)}`);
        first = false;
      }
    }
    summary.articles += page.articleIds.length;
  }
  if (format === "jsonld") await sink.write("\n]\n}\n");
}

const FILE_NAMES: Record<Exclude<ExportFormat, "md">, string> = { jsonl: "pages.jsonl", jsonld: "articles.jsonld", csv: "articles.csv" };

/** Export the selected pages: JSON Lines of pages, JSON-LD NewsArticles, Markdown per edition, or CSV of articles. */
export async function exportArchive(archive: Archive, options: ExportOptions): Promise<ExportSummary> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new BanmianError(`unknown export format ${JSON.stringify(options.format)} (one of ${EXPORT_FORMATS.join(", ")})`);
  }
  const summary: ExportSummary = { pages: 0, articles: 0, files: [] };
  if (options.out) createFolder(options.out);
  const stdout = options.out ? null : streamSink(options.stdout ?? process.stdout, false);
  if (options.format === "md") {
    await exportMarkdown(archive, options, summary, stdout);
    return summary;
  }
  const sink = stdout ?? fileSink(join(options.out!, FILE_NAMES[options.format]), summary);
  if (options.format === "csv" && options.out) await sink.write("\ufeff");
  await exportStream(archive, options, summary, sink);
  await sink.close();
  return summary;
}

