import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { z } from "zod";
import { BanmianError } from "../model/errors.js";
import { isIsoDate } from "./text.js";

/** What the user or the file's place says about the edition of a page file. */
export interface EditionMeta {
  paper?: string;
  date?: string;
  page?: string;
}

export const SIDECAR = "edition.json";

const SidecarSchema = z.object({
  paper: z.string().min(1).optional(),
  date: z.string().optional(),
  page: z.union([z.string().min(1), z.number().int().positive()]).optional(),
});

/** `2022-08-16`, `2022_08_16`, `2022.08.16` or `20220816` → `2022-08-16`, or null. */
export function parseDateText(text: string): string | null {
  const match = text.match(/^(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})$/);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(date) ? date : null;
}

/** A page label as printed: `02` → `2`; `A07`, `B3` kept. */
export function normalisePage(label: string): string {
  const trimmed = label.trim();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed.toUpperCase();
}

const PAGE_LABEL = /^(?:\d{1,3}|[A-Za-z]\d{1,3})$/;
const DATE_PAGE_NAME = /^(\d{4}[-_.]?\d{2}[-_.]?\d{2})[-_ ]+(\d{1,3}|[A-Za-z]\d{1,3})$/;

/**
 * What a path says: `白城日报/2022-08-16/02.txt` and `baicheng-daily/2022-08-16/A3.txt` give paper,
 * date and page; `20220816-02.txt` gives date and page. A paper is read from a folder name only
 * when the folder below it is a date, so an arbitrary folder is never taken for a paper.
 */
export function metaFromPath(path: string): EditionMeta {
  const stem = basename(path, extname(path));
  const folder = basename(dirname(path));
  const datePage = stem.match(DATE_PAGE_NAME);
  if (datePage) {
    const date = parseDateText(datePage[1]);
    if (date) return { date, page: normalisePage(datePage[2]) };
  }
  const folderDate = parseDateText(folder);
  const meta: EditionMeta = {};
  if (PAGE_LABEL.test(stem)) meta.page = normalisePage(stem);
  if (folderDate) {
    meta.date = folderDate;
    const paper = basename(dirname(dirname(path)));
    if (paper && paper !== "." && paper !== "/") meta.paper = paper;
  }
  return meta;
}

/** The `edition.json` in a page file's folder, if there is one. */
function readSidecar(file: string): EditionMeta {
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new BanmianError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = SidecarSchema.safeParse(raw);
  if (!result.success) throw new BanmianError(`${file}: expected {"paper", "date", "page"?} (${result.error.issues[0].message} at ${result.error.issues[0].path.join(".")})`);
  const { paper, date, page } = result.data;
  const meta: EditionMeta = {};
  if (paper) meta.paper = paper.trim();
  if (date !== undefined) meta.date = parseDateText(date) ?? badSidecarDate(file, date);
  if (page !== undefined) meta.page = normalisePage(String(page));
  return meta;
}

function badSidecarDate(file: string, date: string): never {
  throw new BanmianError(`${file}: date ${JSON.stringify(date)} is not a YYYY-MM-DD date`);
}

/**
 * Edition facts for page files. Paper and date: flags, then edition.json, then the path.
 * Page: flag, then the file name, then edition.json. Whatever is still unknown is left for the
 * parser to read off the page's folio; the ingest refuses a page that ends up without it.
 * Each folder's edition.json is read once per resolver.
 */
export function editionMetaResolver(flags: EditionMeta): (path: string) => EditionMeta {
  const sidecars = new Map<string, EditionMeta>();
  const sidecarOf = (path: string) => {
    const file = join(dirname(path), SIDECAR);
    if (!sidecars.has(file)) sidecars.set(file, readSidecar(file));
    return sidecars.get(file)!;
  };
  return (path) => {
    const absolute = resolve(path);
    const sidecar = sidecarOf(absolute);
    const fromPath = metaFromPath(absolute);
    const meta: EditionMeta = {};
    const paper = flags.paper ?? sidecar.paper ?? fromPath.paper;
    const date = flags.date ?? sidecar.date ?? fromPath.date;
    const page = flags.page ?? fromPath.page ?? sidecar.page;
    if (paper) meta.paper = paper;
    if (date) meta.date = date;
    if (page) meta.page = page;
    return meta;
  };
}
