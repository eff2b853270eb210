import type { BlockRole } from "../../model/block.js";
import type { LayoutBlock, Line } from "./types.js";

/** Font sizes as multiples of the body size. */
const HEADLINE = 1.45;
const TITLE = 1.12;
const SAME = 0.08;
const SMALL = 0.75;
/** Share of the page height at the top and the bottom where folio lines sit. */
const FOLIO_BAND = 0.05;

const JUMP = /^[(（]?\s*(下转|上接|转第|接第|紧接|转\d|接\d)/;
const CREDIT = /^(摄影|攝影|摄像|[图圖]\s*[/／]|制图|製圖|[供提][图圖]|图片)|[摄攝](影)?(\s*[(（].*[)）])?$|[供提][图圖]$/;
const BYLINE = /^(□|■)?\s*(本报(特约)?记者|记者|通讯员|特约记者|见习记者|实习生|本报评论员|文\s*[/／]|文图\s*[/／]|文\s*[/／]\s*图)/;
const NOTICE = /声明|公告|启事|通告|讣告|告知书/;
const AD_CUE = /电话|電話|热线|熱線|专线|專線|咨询|諮詢|订购|訂購|地址[:：]|www\.|\.com|\.cn\b|优惠|優惠|促销|促銷/;

const TITLE_ROLES = new Set<BlockRole | undefined>(["kicker", "headline", "subheadline", "byline"]);

/** Whether the block is part of a title group: kicker, headline, subheadline or credit line. */
export function isTitlePart(block: LayoutBlock): boolean {
  return TITLE_ROLES.has(block.role);
}

/** The size most characters on the page are set in. */
export function bodySizeOf(lines: Line[]): number {
  const bySize = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 4) / 4;
    bySize.set(size, (bySize.get(size) ?? 0) + line.text.length);
  }
  return [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Whether most body-size characters are set in a sans (黑体) face. */
export function bodyIsSans(blocks: LayoutBlock[], bodySize: number): boolean {
  const body = blocks.filter((b) => Math.abs(b.size - bodySize) <= SAME * bodySize);
  const sans = body.filter((b) => b.sans).reduce((n, b) => n + textLength(b), 0);
  return sans * 2 > body.reduce((n, b) => n + textLength(b), 0);
}

function textLength(block: LayoutBlock): number {
  return block.lines.reduce((n, l) => n + l.text.length, 0);
}

function blockText(block: LayoutBlock): string {
  return block.lines.map((l) => l.text).join("");
}

function overlapsHorizontally(a: LayoutBlock, b: LayoutBlock): boolean {
  return Math.min(a.bbox[2], b.bbox[2]) > Math.max(a.bbox[0], b.bbox[0]);
}

/** The block right above or below `block` (within `reach` points), if any. */
function neighbour(block: LayoutBlock, blocks: LayoutBlock[], direction: "above" | "below", reach: number): LayoutBlock | undefined {
  const candidates = blocks.filter((other) => {
    if (other === block || !overlapsHorizontally(block, other)) return false;
    const gap = direction === "above" ? block.bbox[1] - other.bbox[3] : other.bbox[1] - block.bbox[3];
    return gap > -2 && gap <= reach;
  });
  const distance = (other: LayoutBlock) => (direction === "above" ? block.bbox[1] - other.bbox[3] : other.bbox[1] - block.bbox[3]);
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

interface PageStyle {
  bodySize: number;
  bodySans: boolean;
  height: number;
}

function typographicRole(block: LayoutBlock, text: string, style: PageStyle): BlockRole | undefined {
  const ratio = block.size / style.bodySize;
  const inFolioBand = block.bbox[3] < FOLIO_BAND * style.height || block.bbox[1] > (1 - FOLIO_BAND) * style.height;
  // The folio line is set in a size of its own, which on a page of small body text is a title size.
  if (inFolioBand && (ratio < TITLE || (!block.bold && ratio < HEADLINE))) return "folio";
  if (JUMP.test(text) && text.length <= 16) return "jump";
  if (ratio >= HEADLINE) return "headline";
  if (AD_CUE.test(text) && block.bold) return "ad";
  if (ratio >= TITLE) return undefined; // kicker, subheadline or banner: decided by the neighbours
  if (CREDIT.test(text) && text.length <= 40 && ratio <= 1 + SAME) return "credit";
  if (ratio < 1 - SAME) return ratio >= SMALL ? "caption" : undefined;
  return block.sans === style.bodySans ? "body" : undefined;
}

/** Middle-size and byline-like blocks take their role from the headline next to them. */
function roleNextToHeadline(block: LayoutBlock, text: string, blocks: LayoutBlock[], style: PageStyle): BlockRole | undefined {
  const reach = 1.5 * block.size;
  const above = neighbour(block, blocks, "above", reach + style.bodySize);
  const below = neighbour(block, blocks, "below", reach);
  const ratio = block.size / style.bodySize;
  const titleAbove = above && ["headline", "subheadline"].includes(above.role ?? "");
  if (ratio >= TITLE) {
    if (block.bold && text.length <= 10 && !/[:：,，]$/.test(text) && !NOTICE.test(text)) return "banner";
    if (below?.role === "headline") return "kicker";
    if (titleAbove) return "subheadline";
    return undefined;
  }
  if (BYLINE.test(text) ? block.lines.length <= 2 && text.length <= 40 : titleAbove && !block.bold && block.lines.length <= 4 && text.length <= 120) return "byline";
  return block.bold && ratio >= 1 - SAME ? "body" : undefined;
}

/**
 * A bold title-size block of a few lines right over body text (or over a subheadline over it)
 * heads it: a headline set only a little larger than the body (a one-column item's). Notice titles and lead-ins ending in a colon
 * are not headlines.
 */
function isSmallHeadline(block: LayoutBlock, text: string, blocks: LayoutBlock[], style: PageStyle): boolean {
  if (!block.bold || block.size < TITLE * style.bodySize || block.lines.length > 3 || /[:：,，]$/.test(text) || NOTICE.test(text)) return false;
  const below = neighbour(block, blocks, "below", 1.5 * block.size);
  if (below?.role === "body") return true;
  // Or over a regular subheadline in a smaller title size that stands over the body text itself.
  if (!below || below.role !== undefined || below.bold || below.size >= block.size || below.size < TITLE * style.bodySize) return false;
  return neighbour(below, blocks, "below", 1.5 * below.size)?.role === "body";
}

/**
 * A body-size block right under a headline that is a short chain of its own (one or two lines set
 * apart from the text by more than the leading), no sentence, and worded as a credit or not starting
 * with a full line of the column under it, is the article's credit line: bylines are often set in
 * the body face.
 */
function isCreditUnderTitle(block: LayoutBlock, text: string, blocks: LayoutBlock[]): boolean {
  if (block.role !== "body" || block.bold || block.lines.length > 2 || block.chain.lines.length !== block.lines.length) return false;
  if (text.length > 120 || /[。！？!?]$/.test(text.trim())) return false;
  const above = neighbour(block, blocks, "above", 2.5 * block.size);
  const below = neighbour(block, blocks, "below", 2.5 * block.size);
  if (!above || !["headline", "subheadline"].includes(above.role ?? "") || below?.role !== "body") return false;
  if (BYLINE.test(text)) return true;
  // A paragraph's end carried over to the top of the next column starts with a full line of that column.
  const first = block.lines[0];
  const fillsColumn = Math.abs(first.x0 - below.bbox[0]) <= 0.5 * block.size && first.x1 - first.x0 >= 0.85 * (below.bbox[2] - below.bbox[0]);
  return !fillsColumn;
}

/** Gives every block the role its typography and place tell, where they tell one. */
export function assignRoles(blocks: LayoutBlock[], style: PageStyle): void {
  const texts = new Map(blocks.map((b) => [b, blockText(b)]));
  for (const block of blocks) block.role = typographicRole(block, texts.get(block)!, style);
  for (const block of blocks) {
    if (block.role === undefined && isSmallHeadline(block, texts.get(block)!, blocks, style)) block.role = "headline";
  }
  for (const block of [...blocks].sort((a, b) => a.bbox[1] - b.bbox[1])) {
    if (block.role === undefined) block.role = roleNextToHeadline(block, texts.get(block)!, blocks, style);
    else if (isCreditUnderTitle(block, texts.get(block)!, blocks)) block.role = "byline";
  }
}
