import type { Article, Role } from "../model/page.js";

/** What a NewsArticle needs to know about where an article was printed. */
export interface PrintedArticle {
  article: Article;
  paper: string;
  date: string;
  page: string;
}

export interface JsonLdOptions {
  /** The article's address in a reader, as `url` and `@id`. */
  url?: string;
  /** 版名 of the page (要闻, 综合新闻 …). */
  section?: string | null;
}

const AUTHOR_ROLES: readonly Role[] = ["reporter", "correspondent", "author", "intern"];

function people(article: Article, roles: readonly Role[]): { "@type": "Person"; name: string }[] {
  return article.people.filter((person) => roles.includes(person.role)).map((person) => ({ "@type": "Person", name: person.name }));
}

function oneOrMany<T>(values: T[]): T | T[] | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** The body as plain text: paragraphs and subheads separated by blank lines. */
export function articleBody(article: Article): string {
  return article.body.map((block) => block.text).join("\n\n");
}

/**
 * schema.org NewsArticle for an archived article: headline, alternativeHeadline (kicker and
 * subheadline), author (Person), datePublished, articleBody, and isPartOf a PublicationIssue of
 * the paper, with the page as pageStart and printPage.
 */
export function newsArticleJsonLd(printed: PrintedArticle, options: JsonLdOptions = {}): Record<string, unknown> {
  const { article, paper, date, page } = printed;
  const entries: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": options.url,
    url: options.url,
    headline: article.headline ?? undefined,
    alternativeHeadline: oneOrMany([article.kicker, article.subheadline].filter((text): text is string => Boolean(text))),
    author: oneOrMany(people(article, AUTHOR_ROLES)),
    contributor: oneOrMany(people(article, ["photographer"])),
    editor: oneOrMany(people(article, ["editor"])),
    dateline: article.dateline ?? undefined,
    datePublished: date,
    inLanguage: "zh",
    articleBody: articleBody(article),
    pageStart: page,
    printPage: page,
    printSection: options.section ?? undefined,
    isPartOf: {
      "@type": "PublicationIssue",
      datePublished: date,
      pageStart: page,
      isPartOf: { "@type": "Periodical", name: paper },
    },
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
