import type { Article, Item, Page, Person } from "../model/page.js";
import type { GoldArticle, GoldItem, GoldPage } from "./gold.js";

export interface PageScore {
  goldArticles: number;
  predictedArticles: number;
  matchedArticles: number;
  exactArticles: number;
  goldParagraphs: number;
  exactParagraphs: number;
  titleFields: number;
  correctTitleFields: number;
  goldPeople: number;
  predictedPeople: number;
  matchedPeople: number;
  goldItems: number;
  predictedItems: number;
  matchedItems: number;
  goldJoins: number;
  predictedJoins: number;
  lossless: boolean;
  mismatches: string[];
}

/** Texts compare with whitespace removed: a two-line headline may be printed with any spacing. */
export function normalize(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/gu, "");
}

export function scorePage(page: Page, gold: GoldPage, source: string): PageScore {
  const score = emptyScore(page, gold);
  const pairs = matchArticles(page.articles, gold.articles);
  for (const [goldArticle, predicted] of pairs) {
    score.goldParagraphs += goldArticle.paragraphs.length;
    score.titleFields += 3;
    score.goldPeople += goldArticle.people.length;
    if (!predicted) {
      score.mismatches.push(`missing article: ${goldArticle.headline ?? goldArticle.paragraphs[0]?.slice(0, 20)}`);
      continue;
    }
    score.matchedArticles += 1;
    scoreArticle(score, goldArticle, predicted);
  }
  score.predictedPeople = pairs.reduce((sum, [, predicted]) => sum + (predicted?.people.length ?? 0), 0);
  scoreItems(score, page.items, gold.items);
  score.lossless = isLossless(page, source);
  return score;
}

function emptyScore(page: Page, gold: GoldPage): PageScore {
  return {
    goldArticles: gold.articles.length,
    predictedArticles: page.articles.length,
    matchedArticles: 0,
    exactArticles: 0,
    goldParagraphs: 0,
    exactParagraphs: 0,
    titleFields: 0,
    correctTitleFields: 0,
    goldPeople: 0,
    predictedPeople: 0,
    matchedPeople: 0,
    goldItems: gold.items.length,
    predictedItems: page.items.length,
    matchedItems: 0,
    goldJoins: gold.joins,
    predictedJoins: page.joins.length,
    lossless: false,
    mismatches: [],
  };
}

/** Pair each gold article with the predicted article sharing its headline or its first paragraph. */
function matchArticles(predicted: Article[], gold: GoldArticle[]): Array<[GoldArticle, Article | null]> {
  const free = new Set(predicted);
  return gold.map((goldArticle) => {
    const match = [...free].find((article) => sameArticle(article, goldArticle)) ?? null;
    if (match) free.delete(match);
    return [goldArticle, match];
  });
}

function sameArticle(article: Article, gold: GoldArticle): boolean {
  if (gold.headline && normalize(article.headline) === normalize(gold.headline)) return true;
  const first = article.body.find((block) => block.kind === "paragraph")?.text;
  return gold.paragraphs.length > 0 && normalize(first) === normalize(gold.paragraphs[0]);
}

function scoreArticle(score: PageScore, gold: GoldArticle, article: Article): void {
  const paragraphs = article.body.filter((block) => block.kind === "paragraph").map((block) => normalize(block.text));
  const exactParagraphs = gold.paragraphs.filter((text, index) => paragraphs[index] === normalize(text)).length;
  score.exactParagraphs += exactParagraphs;
  const titles = (["kicker", "headline", "subheadline"] as const).filter((field) => normalize(article[field]) === normalize(gold[field]));
  score.correctTitleFields += titles.length;
  const people = matchPeople(article.people, gold.people);
  score.matchedPeople += people;
  const subheads = article.body.map((block) => (block.kind === "subhead" ? block.text : block.lead)).filter(Boolean).map(normalize);
  const goldSubheads = (gold.subheads ?? []).map(normalize);
  const checks: Array<[string, boolean]> = [
    ["titles", titles.length === 3],
    ["dateline", normalize(article.dateline) === normalize(gold.dateline)],
    ["byline", gold.byline_raw === undefined || normalize(article.byline) === normalize(gold.byline_raw)],
    ["paragraphs", exactParagraphs === gold.paragraphs.length && paragraphs.length === gold.paragraphs.length],
    ["people", people === gold.people.length && article.people.length === gold.people.length],
    ["subheads", subheads.join("|") === goldSubheads.join("|")],
  ];
  const failed = checks.filter(([, ok]) => !ok).map(([name]) => name);
  if (failed.length === 0) score.exactArticles += 1;
  else score.mismatches.push(`${gold.headline ?? "(no headline)"}: wrong ${failed.join(", ")}`);
}

function matchPeople(predicted: Person[], gold: Person[]): number {
  const keys = new Set(predicted.map((person) => `${person.name}|${person.role}`));
  return gold.filter((person) => keys.has(`${person.name}|${person.role}`)).length;
}

function scoreItems(score: PageScore, items: Item[], gold: GoldItem[]): void {
  const free = [...items];
  for (const goldItem of gold) {
    const index = free.findIndex((item) => item.kind === goldItem.kind && normalize(item.text) === normalize(goldItem.text) && sameCredit(item, goldItem));
    if (index < 0) {
      score.mismatches.push(`missing ${goldItem.kind}: ${goldItem.text.slice(0, 30)}`);
      continue;
    }
    score.matchedItems += 1;
    free.splice(index, 1);
  }
  for (const extra of free) score.mismatches.push(`extra ${extra.kind}: ${extra.text.slice(0, 30)}`);
}

function sameCredit(item: Item, gold: GoldItem): boolean {
  if (gold.credit_raw !== undefined && normalize(item.credit) !== normalize(gold.credit_raw)) return false;
  return gold.people === undefined || matchPeople(item.people ?? [], gold.people) === gold.people.length;
}

/**
 * Nothing lost: every non-whitespace character of the source is claimed by exactly one span of
 * one element, and every element's text is made of the characters its spans cover.
 */
export function isLossless(page: Page, source: string): boolean {
  return losslessProblems(page, source).length === 0;
}

export function losslessProblems(page: Page, source: string): string[] {
  const problems: string[] = [];
  const owners = new Array<number>(source.length).fill(0);
  const spans = [...page.articles.flatMap((article) => article.spans), ...page.items.flatMap((item) => item.spans)];
  for (const span of spans) for (let i = span.start; i < span.end; i++) owners[i] += 1;
  for (let i = 0; i < source.length; i++) {
    if (/\s/u.test(source[i])) continue;
    if (owners[i] === 0) problems.push(`offset ${i} '${source[i]}' is claimed by no element`);
    if (owners[i] > 1) problems.push(`offset ${i} '${source[i]}' is claimed ${owners[i]} times`);
  }
  for (const article of page.articles) {
    for (const block of article.body) {
      const covered = block.spans.map((span) => source.slice(span.start, span.end)).join("");
      if (normalize(covered) !== normalize(block.text)) problems.push(`body text of ${article.id} differs from its spans`);
    }
  }
  return problems.slice(0, 20);
}
