import { createHash } from "node:crypto";
import type { Article } from "../model/page.js";

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/** Map full-width ASCII (，：Ａ１) to half-width and the ideographic space to a space; length-preserving. */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** The form text is indexed and matched in: half-width, lower case. */
export function foldForSearch(text: string): string {
  return toHalfWidth(text).toLowerCase();
}

/** One person per paper per normalised name: no spaces, half-width. */
export function normaliseName(name: string): string {
  return toHalfWidth(name).replace(/\s+/g, "");
}

export function headlineText(article: Article): string {
  return [article.kicker, article.headline, article.subheadline].filter(Boolean).join(" ");
}

export function bodyText(article: Article): string {
  return article.body.map((block) => block.text).join("\n");
}

/** Identifies an article's content as parsed, independent of where on the page it sits. */
export function articleFingerprint(article: Article): string {
  const content = [article.kicker, article.headline, article.subheadline, article.byline, bodyText(article)];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 32);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
