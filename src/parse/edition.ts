import type { Edition, Item, PageMeta } from "../model/page.js";

const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const PAGE_NUMBER = /第\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*版|\b([A-Z]\d{1,2})\s*版?/u;
const SECTION = /(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*版|\b[A-Z]\d{1,2})\s*[:：·]?\s*(\p{Script=Han}{2,6})/u;

/** Edition facts: what the caller says, else what the folio prints. */
export function editionOf(meta: PageMeta, items: Item[]): Edition {
  const folio = items.filter((item) => item.kind === "folio").map((item) => item.text).join(" ");
  return {
    paper: meta.paper ?? null,
    date: meta.date ?? dateFromFolio(folio),
    page: meta.page ?? pageFromFolio(folio),
    section: sectionFromFolio(folio),
  };
}

function dateFromFolio(folio: string): string | null {
  const match = folio.match(CHINESE_DATE);
  if (!match) return null;
  return `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
}

function pageFromFolio(folio: string): string | null {
  const match = folio.match(PAGE_NUMBER);
  return match ? (match[1] ?? match[2]) : null;
}

function sectionFromFolio(folio: string): string | null {
  const match = folio.match(SECTION);
  return match && !/^(?:责任编辑|责编|星期)/u.test(match[1]) ? match[1] : null;
}
