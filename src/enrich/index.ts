import type { Article } from "../model/page.js";
import { toSimplified } from "../model/simplified.js";
import { extractDates } from "./dates.js";
import { organisationsFrom } from "./organisations.js";
import { peopleFrom } from "./people.js";
import { placesFrom } from "./places.js";
import { extractQuantities } from "./quantities.js";
import { recogniseEntities } from "./recognise.js";
import { tagText } from "./segmenter.js";
import type { ArticleEntities, ExtractOptions, Mentions } from "./types.js";

export * from "./types.js";
export { recogniseEntities } from "./recognise.js";

/** People, organisations, places, quantities and dates in a text; every mention keeps its offsets. */
export function extractEntities(text: string, opts: ExtractOptions = {}): Mentions {
  const simplified = toSimplified(text);
  const mentions = mentionsOf(simplified, opts);
  return simplified === text ? mentions : asWritten(mentions, text);
}

/**
 * Extraction reads the Simplified form of a text (the model, the dictionaries and the divisions are Simplified:
 * 臺北 is found as 台北); each mention's `name` stays Simplified, its `text` is put back as written.
 */
function mentionsOf(text: string, opts: ExtractOptions): Mentions {
  const tokens = tagText(text);
  const names = recogniseEntities(text, tokens);
  return {
    people: peopleFrom(text, names, tokens),
    organisations: organisationsFrom(text, names),
    places: placesFrom(text, names),
    quantities: extractQuantities(text, tokens),
    dates: extractDates(text, opts.editionDate),
  };
}

function asWritten(mentions: Mentions, text: string): Mentions {
  const written = <M extends { text: string; start: number; end: number }>(m: M): M => ({ ...m, text: text.slice(m.start, m.end) });
  return {
    people: mentions.people.map(written),
    organisations: mentions.organisations.map(written),
    places: mentions.places.map(written),
    quantities: mentions.quantities.map(written),
    dates: mentions.dates.map(written),
  };
}

/** The text of an article that enrichment reads: title fields, then body blocks, one per line. */
export function articleText(article: Article): string {
  const title = [article.kicker, article.headline, article.subheadline].filter((t): t is string => Boolean(t));
  return [...title, ...article.body.map((b) => b.text)].join("\n");
}

/** Entities of one article; offsets refer to `articleText(article)`. */
export function enrichArticle(article: Article, editionDate?: string | null): ArticleEntities {
  const text = articleText(article);
  return { articleId: article.id, text, mentions: extractEntities(text, { editionDate: editionDate ?? undefined }) };
}
