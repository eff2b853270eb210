import { z } from "zod";
import {
  ArticleSchema,
  BodyBlockSchema,
  ItemSchema,
  JoinSchema,
  PageSchema,
  PersonSchema,
  RoleSchema,
  SpanSchema,
  UnassignedSchema,
} from "../model/page.js";
import {
  ENTITY_TYPES,
  type ArticleEntity,
  type ArticleVersion,
  type EntityArticle,
  type EntityDetail,
  type EntityFigure,
  type EntitySummary,
  type EditionSummary,
  type PageSummary,
  type PaperSummary,
  type PersonDetail,
  type PersonSummary,
  type StoredArticle,
  type StoredPage,
} from "../archive/types.js";

/** Every schema the API reads or writes; the OpenAPI document is generated from these. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DateSchema = z.string().regex(DATE, "expected a date as YYYY-MM-DD");
const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const PaperSummarySchema = z.object({
  paper: z.string(),
  editions: z.number().int(),
  pages: z.number().int(),
  articles: z.number().int(),
  firstDate: z.string(),
  lastDate: z.string(),
}) satisfies z.ZodType<PaperSummary>;

export const PageSummarySchema = z.object({
  id: z.number().int(),
  paper: z.string(),
  date: z.string(),
  page: z.string().describe("版次"),
  section: z.string().nullable().describe("版名"),
  articles: z.number().int(),
  sha256: z.string(),
  ingestedAt: z.string(),
}) satisfies z.ZodType<PageSummary>;

export const EditionSummarySchema = z.object({
  paper: z.string(),
  date: z.string(),
  pages: z.array(PageSummarySchema),
}) satisfies z.ZodType<EditionSummary>;

export const StoredPageSchema = PageSummarySchema.extend({
  parsed: PageSchema,
  source: z.string().describe("The page's source text, verbatim; spans index into it"),
  articleIds: z.array(z.number().int()).describe("Archive id of each parsed article, in page order"),
}) satisfies z.ZodType<StoredPage>;

export const StoredArticleSchema = z.object({
  id: z.number().int(),
  pageId: z.number().int(),
  paper: z.string(),
  date: z.string(),
  page: z.string(),
  index: z.number().int().describe("Position on its page, from 0"),
  article: ArticleSchema,
  version: z.number().int().describe("The version shown; 1 is the article as parsed"),
  versions: z.number().int(),
  status: z
    .enum(["live", "merged", "stale"])
    .describe("`merged` into the article before it; `stale`: corrected, but its source changed on re-ingest"),
  prevId: z.number().int().nullable(),
  nextId: z.number().int().nullable(),
}) satisfies z.ZodType<StoredArticle>;

export const ArticleVersionSchema = z.object({
  version: z.number().int(),
  article: ArticleSchema,
  author: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
}) satisfies z.ZodType<ArticleVersion>;

export const PersonSummarySchema = z.object({
  id: z.number().int(),
  paper: z.string(),
  name: z.string(),
  roles: z.partialRecord(RoleSchema, z.number().int()),
  articles: z.number().int(),
}) satisfies z.ZodType<PersonSummary>;

export const PersonDetailSchema = PersonSummarySchema.omit({ articles: true }).extend({
  articleCount: z.number().int(),
  articles: z.array(StoredArticleSchema).describe("Live articles, newest first"),
}) satisfies z.ZodType<PersonDetail>;

export const EntityTypeSchema = z.enum(ENTITY_TYPES);

const PlaceFields = {
  kind: z.enum(["division", "site"]).nullable().describe("Places: an administrative `division` or a named `site`"),
  code: z.string().nullable().describe("GB/T 2260 code of a resolved division"),
  path: z.array(z.string()).nullable().describe("Province down to the division: 吉林省, 白城市, 洮北区"),
};

export const EntitySummarySchema = z.object({
  id: z.number().int(),
  paper: z.string(),
  type: EntityTypeSchema,
  name: z.string().describe("An organisation's full name when an abbreviation links to it; a division's official name"),
  aliases: z.array(z.string()).describe("Other forms the name is written in"),
  ...PlaceFields,
  mentions: z.number().int(),
  articles: z.number().int(),
}) satisfies z.ZodType<EntitySummary>;

export const EntityArticleSchema = z.object({
  articleId: z.number().int(),
  pageId: z.number().int(),
  paper: z.string(),
  date: z.string(),
  page: z.string(),
  headline: z.string().nullable(),
  mentions: z.number().int(),
  titles: z.array(z.string()).describe("People: the titles or roles the article gives them"),
}) satisfies z.ZodType<EntityArticle>;

export const EntityFigureSchema = z.object({
  articleId: z.number().int(),
  date: z.string(),
  headline: z.string().nullable(),
  text: z.string().describe("As written: 7000余万元"),
  value: z.number().describe("With the magnitude folded in: 70000000"),
  unit: z.string().describe("元, 人, 人次 …"),
  approx: z.boolean().describe("余, 多, 近, 约 …"),
  ordinal: z.boolean().describe("第四批: an ordinal, not an amount"),
  counts: z.string().nullable().describe("What the number counts, when the sentence says it"),
  sentence: z.string(),
}) satisfies z.ZodType<EntityFigure>;

export const EntityDetailSchema = EntitySummarySchema.omit({ articles: true }).extend({
  articleCount: z.number().int(),
  articles: z.array(EntityArticleSchema).describe("Articles naming the entity, newest first (at most 200)"),
  figures: z.array(EntityFigureSchema).describe("Organisations and places: figures in the sentences that name them, newest first (at most 200)"),
}) satisfies z.ZodType<EntityDetail>;

export const ArticleEntitySchema = z.object({
  id: z.number().int(),
  type: EntityTypeSchema,
  name: z.string(),
  ...PlaceFields,
  mentions: z.number().int(),
}) satisfies z.ZodType<ArticleEntity>;

export const SearchHitSchema = z.object({
  articleId: z.number().int(),
  paper: z.string(),
  date: z.string(),
  page: z.string(),
  headline: z.string().nullable(),
  snippet: z.string().describe("Plain snippet text"),
  highlights: z.array(SpanSchema).describe("Ranges of `snippet` that match the query"),
  score: z.number(),
});

const paginated = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    limit: z.number().int(),
    offset: z.number().int(),
    total: z.number().int().optional().describe("Present when the total is known"),
  });

export const EditionListSchema = paginated(EditionSummarySchema);
export const PersonListSchema = paginated(PersonSummarySchema);
export const EntityListSchema = paginated(EntitySummarySchema);
export const SearchResultSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  hits: z.array(SearchHitSchema),
});

export const ErrorSchema = z.object({ error: z.string() });

// Request parts

export const IdParams = z.object({ id: IdSchema });
export const PaperParams = z.object({ paper: z.string().min(1).max(200) });
export const EditionParams = PaperParams.extend({ date: DateSchema });

const Limit = z.coerce.number().int().min(1).max(100).default(20);
const Offset = z.coerce.number().int().min(0).max(1_000_000).default(0);
export const PaginationQuery = z.object({ limit: Limit, offset: Offset });
export const PeopleQuery = PaginationQuery.extend({ paper: z.string().min(1).max(200).optional() });
export const EntitiesQuery = PaginationQuery.extend({ type: EntityTypeSchema.optional(), paper: z.string().min(1).max(200).optional() });
export const VersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, "q is required").max(200),
  paper: z.string().min(1).max(200).optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  person: z.string().min(1).max(100).optional(),
  role: RoleSchema.optional(),
  org: z.string().min(1).max(100).optional().describe("Organisation named in the text: full name or as written"),
  place: z.string().min(1).max(100).optional().describe("Place named in the text: name or GB/T 2260 code"),
  limit: Limit,
  offset: Offset,
});

const Author = z.string().trim().min(1).max(100).describe("Who makes the change");
const Note = z.string().max(500).optional();
const Field = z.string().max(2000).nullable().optional();

export const CorrectionRequestSchema = z.object({
  author: Author,
  note: Note,
  changes: z
    .object({
      kicker: Field,
      headline: Field,
      subheadline: Field,
      dateline: Field,
      byline: Field,
      people: z.array(PersonSchema).max(100).optional(),
      body: z
        .array(z.string().max(50_000))
        .optional()
        .describe("New text of every body block, in order; must have as many entries as the article has blocks"),
    })
    .describe("Fields to change; omitted fields keep their current value"),
});
export type CorrectionRequest = z.infer<typeof CorrectionRequestSchema>;

export const RestoreRequestSchema = z.object({ author: Author, version: z.number().int().positive() });
export const SplitRequestSchema = z.object({
  author: Author,
  atBody: z.number().int().positive().describe("Index of the body block that starts the second article"),
});
export const MergeRequestSchema = z.object({ author: Author });

/** Named schemas become `#/components/schemas/<name>` in the OpenAPI document. */
export const NAMED_SCHEMAS: Record<string, z.ZodType> = {
  Span: SpanSchema,
  Person: PersonSchema,
  Role: RoleSchema,
  BodyBlock: BodyBlockSchema,
  Article: ArticleSchema,
  Item: ItemSchema,
  Join: JoinSchema,
  Unassigned: UnassignedSchema,
  Page: PageSchema,
  PaperSummary: PaperSummarySchema,
  PageSummary: PageSummarySchema,
  EditionSummary: EditionSummarySchema,
  EditionList: EditionListSchema,
  StoredPage: StoredPageSchema,
  StoredArticle: StoredArticleSchema,
  ArticleVersion: ArticleVersionSchema,
  PersonSummary: PersonSummarySchema,
  PersonList: PersonListSchema,
  PersonDetail: PersonDetailSchema,
  EntityType: EntityTypeSchema,
  EntitySummary: EntitySummarySchema,
  EntityList: EntityListSchema,
  EntityArticle: EntityArticleSchema,
  EntityFigure: EntityFigureSchema,
  EntityDetail: EntityDetailSchema,
  ArticleEntity: ArticleEntitySchema,
  SearchHit: SearchHitSchema,
  SearchResult: SearchResultSchema,
  CorrectionRequest: CorrectionRequestSchema,
  RestoreRequest: RestoreRequestSchema,
  SplitRequest: SplitRequestSchema,
  MergeRequest: MergeRequestSchema,
  Error: ErrorSchema,
};
