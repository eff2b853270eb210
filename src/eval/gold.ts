import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PersonSchema, ItemKindSchema } from "../model/page.js";

/** The hand-written gold format of eval/gold (that of the seed page's annotation). */
export const GoldArticleSchema = z.object({
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  people: z.array(PersonSchema),
  paragraphs: z.array(z.string()),
  subheads: z.array(z.string()).optional(),
  byline_raw: z.string().nullable().optional(),
});
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

export const GoldItemSchema = z.object({
  kind: ItemKindSchema,
  text: z.string(),
  people: z.array(PersonSchema).optional(),
  credit_raw: z.string().optional(),
});
export type GoldItem = z.infer<typeof GoldItemSchema>;

export const GoldPageSchema = z.object({
  edition: z.object({ paper: z.string().optional(), date: z.string().optional(), page: z.string().optional() }).optional(),
  encoding: z.string().optional(),
  articles: z.array(GoldArticleSchema),
  items: z.array(GoldItemSchema),
  joins: z.number().int().nonnegative(),
});
export type GoldPage = z.infer<typeof GoldPageSchema>;

export interface GoldCase {
  name: string;
  sourcePath: string;
  gold: GoldPage;
}

/** The repository folder with the hand-written gold pages. */
export const GOLD_DIR = new URL("../../eval/gold/", import.meta.url).pathname;

/** Every `NAME.gold.json` with its source `NAME.txt` (or `NAME.pdf`) in a folder. */
export function loadGoldCases(dir = GOLD_DIR, sourceExtension = ".txt"): GoldCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".gold.json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".gold.json".length);
      const gold = GoldPageSchema.parse(JSON.parse(readFileSync(join(dir, file), "utf8")));
      return { name, sourcePath: join(dir, name + sourceExtension), gold };
    });
}
