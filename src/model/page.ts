import { z } from "zod";

/**
 * `banmian.page/1` — the one data model every stage reads and writes.
 *
 * Offsets in a Span are UTF-16 code-unit offsets into the *decoded* source text
 * (JavaScript string indices), half-open: `source.slice(start, end)`.
 */
export const PAGE_SCHEMA = "banmian.page/1" as const;

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** Page coordinates (PDF points, origin top-left): [x0, y0, x1, y1]. */
export const BBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBoxSchema>;

export const ROLES = ["reporter", "correspondent", "photographer", "editor", "intern", "author"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z.object({ name: z.string().min(1), role: RoleSchema });
export type Person = z.infer<typeof PersonSchema>;

export const BodyBlockSchema = z.object({
  kind: z.enum(["paragraph", "subhead"]),
  text: z.string(),
  /** A bold lead sentence that opens the paragraph and works as an inner subhead. */
  lead: z.string().optional(),
  spans: z.array(SpanSchema),
  bbox: BBoxSchema.optional(),
});
export type BodyBlock = z.infer<typeof BodyBlockSchema>;

export const ARTICLE_FIELDS = ["kicker", "headline", "subheadline", "dateline", "byline"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export const ArticleSchema = z.object({
  id: z.string(),
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  /** The raw credit text, e.g. `本报讯(记者张磊 尹雪)` or `本报记者 赵明`. */
  byline: z.string().nullable(),
  people: z.array(PersonSchema),
  body: z.array(BodyBlockSchema),
  /** Where each title/credit field came from. */
  fieldSpans: z.partialRecord(z.enum(ARTICLE_FIELDS), z.array(SpanSchema)),
  /** Every span of the article, fields and body, in source order. */
  spans: z.array(SpanSchema),
  confidence: z.number().min(0).max(1),
  bbox: BBoxSchema.optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ITEM_KINDS = ["photo", "banner", "folio", "jump", "ad", "notice", "other"] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

export const ItemSchema = z.object({
  kind: ItemKindSchema,
  /** A photo's caption or title; a banner's label; the folio line … */
  text: z.string(),
  people: z.array(PersonSchema).optional(),
  /** A photo's raw credit line, e.g. `摄影:潘晨昱 姜海涛`. */
  credit: z.string().optional(),
  spans: z.array(SpanSchema),
  bbox: BBoxSchema.optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const JoinSchema = z.object({
  /** Source offset of the end of the first half. */
  at: z.number().int().nonnegative(),
  /** Offset where the second half resumes. */
  resumeAt: z.number().int().nonnegative(),
  before: z.string(),
  after: z.string(),
  evidence: z.array(z.string()),
  confidence: z.number().min(0).max(1),
});
export type Join = z.infer<typeof JoinSchema>;

export const UnassignedSchema = z.object({ text: z.string(), spans: z.array(SpanSchema) });
export type Unassigned = z.infer<typeof UnassignedSchema>;

export const EditionSchema = z.object({
  paper: z.string().nullable(),
  date: z.string().nullable(),
  page: z.string().nullable(),
  /** 版名, when the folio names the page (要闻, 综合新闻 …). */
  section: z.string().nullable().optional(),
});
export type Edition = z.infer<typeof EditionSchema>;

export const SourceInfoSchema = z.object({
  path: z.string().optional(),
  sha256: z.string(),
  encoding: z.string(),
  /** `text` for plain text, `pdf` for a PDF page. */
  format: z.enum(["text", "pdf"]).optional(),
  /** For PDFs: the page's size in points. */
  width: z.number().optional(),
  height: z.number().optional(),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

export const PageSchema = z.object({
  schema: z.literal(PAGE_SCHEMA),
  source: SourceInfoSchema,
  edition: EditionSchema,
  articles: z.array(ArticleSchema),
  items: z.array(ItemSchema),
  joins: z.array(JoinSchema),
  unassigned: z.array(UnassignedSchema),
});
export type Page = z.infer<typeof PageSchema>;

export interface PageMeta {
  paper?: string | null;
  date?: string | null;
  page?: string | null;
  path?: string;
  encoding?: string;
}
