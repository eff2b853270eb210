import type { Article, Role } from "../model/page.js";
import type { ArticleEntity } from "./types.js";

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
  /** Entities the article names: people and organisations become `mentions`, places `contentLocation`. */
  entities?: ArticleEntity[];
  /** An entity's address in a reader, as its `@id` and `url`. */
  entityUrl?: (id: number) => string;
}

type Node = Record<string, unknown>;

/** `["吉林省", "白城市"]` → 白城市 contained in 吉林省, as nested AdministrativeAreas. */
function containingAreas(path: string[]): Node | undefined {
  return path.reduce<Node | undefined>((outer, name) => ({ "@type": "AdministrativeArea", name, ...(outer && { containedInPlace: outer }) }), undefined);
}

function placeNode(place: ArticleEntity, base: Node): Node {
  if (!place.code) return { "@type": "Place", ...base };
  const parents = containingAreas(place.path?.slice(0, -1) ?? []);
  return {
    "@type": "AdministrativeArea",
    ...base,
    identifier: { "@type": "PropertyValue", propertyID: "GB/T 2260", value: place.code },
    ...(parents && { containedInPlace: parents }),
  };
}

const SCHEMA_TYPES = { person: "Person", organisation: "Organization" } as const;

function entityNode(entity: ArticleEntity, options: JsonLdOptions): Node {
  const url = options.entityUrl?.(entity.id);
  const base: Node = { ...(url && { "@id": url, url }), name: entity.name };
  return entity.type === "place" ? placeNode(entity, base) : { "@type": SCHEMA_TYPES[entity.type], ...base };
}

function entityNodes(options: JsonLdOptions, wanted: (entity: ArticleEntity) => boolean): Node[] {
  return (options.entities ?? []).filter(wanted).map((entity) => entityNode(entity, options));
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
 * subheadline), author (Person), datePublished, articleBody, isPartOf a PublicationIssue of
 * the paper, with the page as pageStart and printPage; with `entities`, the people and organisations
 * it names as `mentions` and its places (GB/T 2260 divisions with their code and parents) as `contentLocation`.
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
    mentions: oneOrMany(entityNodes(options, (entity) => entity.type !== "place")),
    contentLocation: oneOrMany(entityNodes(options, (entity) => entity.type === "place")),
    isPartOf: {
      "@type": "PublicationIssue",
      datePublished: date,
      pageStart: page,
      isPartOf: { "@type": "Periodical", name: paper },
    },
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
