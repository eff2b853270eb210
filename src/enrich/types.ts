import { z } from "zod";

/** Where a mention sits: half-open UTF-16 offsets into the text that was enriched. */
const located = { text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const PersonMentionSchema = z.object({
  ...located,
  name: z.string(),
  /** The title or role the text gives the person: 省委书记, 现场工作人员. */
  title: z.string().optional(),
});
export type PersonMention = z.infer<typeof PersonMentionSchema>;

export const OrganisationMentionSchema = z.object({
  ...located,
  name: z.string(),
  /** For an abbreviation (白城供电公司), the full name it stands for when that also occurs. */
  fullName: z.string().optional(),
});
export type OrganisationMention = z.infer<typeof OrganisationMentionSchema>;

export const DivisionRefSchema = z.object({
  /** GB/T 2260 code, e.g. 220802 for 洮北区. */
  code: z.string().regex(/^\d{6}$/),
  /** Province down to the division: ["吉林省", "白城市", "洮北区"]. */
  path: z.array(z.string()),
});
export type DivisionRef = z.infer<typeof DivisionRefSchema>;

export const PlaceMentionSchema = z.object({
  ...located,
  name: z.string(),
  /** `division`: an administrative division; `site`: a named place without a code (日升社区, 南湖). */
  kind: z.enum(["division", "site"]),
  division: DivisionRefSchema.optional(),
  /** Divisions an ambiguous name may denote when the context does not decide (朝阳区). */
  candidates: z.array(DivisionRefSchema).optional(),
});
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;

export const QuantityMentionSchema = z.object({
  ...located,
  value: z.number(),
  /** The unit as written, with any magnitude folded into value: 7000余万元 → 70000000 元. */
  unit: z.string(),
  /** 余, 多, 近, 约, 左右 … */
  approx: z.boolean(),
  /** An ordinal (第四批) rather than an amount. */
  ordinal: z.boolean().optional(),
  /** What the number counts, when the sentence says it: 涉案金额, 受益群众. */
  counts: z.string().optional(),
});
export type QuantityMention = z.infer<typeof QuantityMentionSchema>;

export const DateMentionSchema = z.object({
  ...located,
  /** ISO dates (YYYY-MM-DD), inclusive; equal for a single day. Absent when unresolved. */
  from: z.string().optional(),
  to: z.string().optional(),
  /** 深夜, 上午 … when the text gives a time of day. */
  timeOfDay: z.string().optional(),
  resolved: z.boolean(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const MentionsSchema = z.object({
  people: z.array(PersonMentionSchema),
  organisations: z.array(OrganisationMentionSchema),
  places: z.array(PlaceMentionSchema),
  quantities: z.array(QuantityMentionSchema),
  dates: z.array(DateMentionSchema),
});
export type Mentions = z.infer<typeof MentionsSchema>;

export const ArticleEntitiesSchema = z.object({
  articleId: z.string(),
  /** The text the offsets refer to: see `articleText`. */
  text: z.string(),
  mentions: MentionsSchema,
});
export type ArticleEntities = z.infer<typeof ArticleEntitiesSchema>;

export interface ExtractOptions {
  /** The edition date (YYYY-MM-DD) that relative dates are resolved against. */
  editionDate?: string;
}
