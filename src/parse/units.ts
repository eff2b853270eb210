import type { SourceBlock } from "../model/block.js";
import { bilingual } from "./bilingual.js";
import { isCreditOnly } from "./credits.js";
import { endsOnDanglingWord, gatherEvidence } from "./evidence.js";
import { COMPOUND_SURNAMES, SURNAMES } from "../model/surnames.js";
import { dictionaryWords, segmenter } from "./segmenter.js";
import {
  AD_MARKS,
  AFFILIATION_CREDIT,
  BANNER_WORDS,
  BRACKETED_CREDIT,
  CANNOT_OPEN,
  CAPTION_START,
  CLAUSE_MARK,
  DATELINE,
  EDITOR_SIGNATURE,
  FOLIO_PARTS,
  MASTHEAD,
  PAPER_NAME,
  FURNITURE_MARKS,
  JUMP,
  MARKED_NAME,
  NOTICE_BODY,
  NOTICE_TITLE,
  NUMBERED_SUBHEAD,
  PHOTO_CREDIT,
  ROLE_WORDS,
  SENTENCE_END,
  SOURCE_CREDIT,
  STANDALONE_BYLINE,
  SUBHEADLINE_START,
  TRAILING_CREDIT,
} from "./patterns.js";

export type UnitKind =
  | "folio" | "jump" | "credit" | "byline" | "banner" | "ad" | "notice" | "other"
  | "caption" | "title" | "subhead" | "body";

export interface Unit {
  index: number;
  block: SourceBlock;
  text: string;
  kind: UnitKind;
  /** Opens an article: a dateline, or a bracketed reporter's credit (〔記者…報導〕), at its start. */
  opening: boolean;
  /** The text ends mid-sentence: a candidate first half of a column break. */
  openEnd: boolean;
}

/** `（作者为…）`, `（作者单位：…）`: printed text closing a commentary, part of its body. */
const AUTHOR_NOTE = bilingual(/^[(（](?:作者为|作者系|作者单位|作者是)/u);
/** A byline that names a role and nobody: 本报评论员, 本报特约评论员. */
const NAMELESS_BYLINE = bilingual(/^(?:本报|新华社|人民日报)?(?:特约)?评论员$/u);
/** A two-character name padded to the width of three: `黎  明`. */
const PADDED_NAME = /^\p{Script=Han}[\s\u3000]{1,3}\p{Script=Han}$/u;

/** Captions point at people in the picture: 许若溪(中), 左一, 右二. */
const POSITION_MARK = bilingual(/[(（](?:左|中|右|前排|后排|前|后)[一二三四五六]?(?:起)?[)）]/u);
/** A paragraph may close on a phone number or a web address instead of a full stop. */
const ENDS_WITH_CONTACT = bilingual(/(?:热线|电话|咨询|网址|官网)[:：]?\s*[\w\-－()（）./\s]{5,}$/u);
/** A turn of an interview printed as a paragraph: 记者：…？ */
const INTERVIEW_TURN = bilingual(/^(?:本报)?(?:记者|问|答|主持人)[:：]|^[^:：，,。？?]{1,10}[问問][:：]/u);
const PAPER_PROMPT_START = bilingual(/^(?:新闻热线|报料|扫码|扫描|关注|订阅)/u);
/** A picture credited to its provider, person or body: 沙湖景区供图, 图/南城书屋提供. */
const PROVIDER_CREDIT = bilingual(/^(?:\p{Script=Han}{2,14}供图|图[/／]\p{Script=Han}{2,14}提供)$/u);
/** The paper's own service lines: its hotlines (新闻热线, 民生热线…), SMS line, apps and accounts. */
const SERVICE_PROMPT = bilingual(/(?:扫码|扫描|二维码|关注|订阅|(?:新闻|民生|报料|读者|投诉|社区)热线|^本报\S{0,6}热线|短信|报料|投稿|客户端|公众号|视频号)/u);
const TEMPERATURE_RANGE = /-?\d{1,2}\s*[～~\-－至]\s*-?\d{1,2}\s*(?:℃|°C|度)/u;
/** 天气预报：…, 气象：…: a forecast, even when written in sentences. */
const WEATHER_LABEL = bilingual(/^\p{Script=Han}{0,4}(?:天气(?:预报)?|气象)[:：]/u);
const WEATHER_BOX = bilingual(/^(?:\p{Script=Han}{0,4}天气(?:预报)?|气象)(?:\s|$)/u);
const COMMERCIAL = bilingual(/(?:\d元起|元\/[位人]|暖心价|特惠|订位|专线|优惠|特价|促销|招商|加盟|垂询|认购|热销|折|礼盒|订购|预订|开业|钜惠|团购|楼盘|样板间|现房|火热|名额有限|包邮|专卖|旗舰店|专享|低至|限时|免年费|以旧换新|快贷|随借随还|开园在即)/u);
/** Public service numbers (报警电话 110, 反诈专线, 12315): furniture, never an ad. */
const PUBLIC_SERVICE_LINE = bilingual(/报警电话|反诈|举报电话|维权热线|(?<![\d\-－])(?:12315|12345)(?!\d)/u);
/** A 导读 line pointing to the page a story is on: 城区首批“口袋公园”春节前建成开放　　详见第2版. */
const GUIDE_POINTER = bilingual(/(?:详见|见)第?\s*[A-Z]?\d{1,2}\s*版[）)]?$/u);
/** A call for letters and articles with the address to send them to: a notice, like a 征稿启事. */
const CALL_FOR_CONTRIBUTIONS = bilingual(/(?:欢迎|敬请|诚邀).{0,8}(?:来信|来稿|投稿|赐稿).*(?:邮箱|信箱|地址|@)/u);
/** A speaker's verb and a comma: 负责人介绍，… 他表示，… — the words of a story, never of a headline or an ad. */
const ATTRIBUTION = bilingual(/(?:介绍|表示|指出|透露|认为|坦言|提醒|强调|呼吁|告诉记者)[，,]/u);
/** The warnings the law makes financial ads print: 理财非存款、产品有风险、投资须谨慎. */
const AD_DISCLAIMER = bilingual(/理财非存款|产品有风险|投资[需须]谨慎|市场有风险/u);
const STRONG_AD = bilingual(/(?:\b0\d{1,3}[-－]\d{7,8}\b|[(（]0\d{1,3}[)）]\s*\d{3,4}[-－\s]?\d{3,4}|\d{3,4}[-－]\d{7,8}|1[3-9]\d{9}|400[-－]?\d{3}[-－]?\d{4}|(?:电话|热线|查询|咨询)[:：]?\s*\d[\d\s-]{4,}|扫码|二维码|公众号)/u);
const TITLE_MAX = 48;
/** `（某局）关于…的公告`: the formal title of an official notice, however long, its issuer first or not. */
const FORMAL_NOTICE_TITLE = /^(?:\p{Script=Han}{2,20})?关于.+的(?:公告|通告|通知|公示)$/u;

export function classifyBlocks(blocks: SourceBlock[]): Unit[] {
  const units = blocks.map((block, index) => classifyBlock(block, index));
  for (const unit of units) {
    if (unit.kind === "title" && units[unit.index - 1]?.kind === "title" && isBareName(unit, units)) unit.kind = "byline";
  }
  markVerseLines(units);
  markDataRows(units);
  markListLines(units);
  markCommaKickers(units);
  markCaptionsBesideCredits(units);
  markUncreditedCaptions(units);
  markMastheadNames(units);
  markNewsTitledNotices(units);
  return units;
}

/** A notice-shaped title over a dateline paragraph (关于…任职的通知 / 本报讯　…) heads a news item, not a notice box. */
function markNewsTitledNotices(units: Unit[]): void {
  for (const unit of units) {
    const next = units[unit.index + 1];
    if (unit.kind === "notice" && next?.kind === "body" && next.opening && DATELINE.test(next.text)) unit.kind = "title";
  }
}

/** The paper's name printed alone right over its masthead line (雁平周刊 / 雁平日报社主办　CN …) is part of the masthead. */
function markMastheadNames(units: Unit[]): void {
  for (const unit of units) {
    const next = units[unit.index + 1];
    if (unit.kind !== "folio" && PAPER_NAME.test(unit.text.trim()) && next?.kind === "folio" && MASTHEAD.test(next.text)) unit.kind = "folio";
  }
}

function titleRunAfter(unit: Unit, units: Unit[]): number {
  let count = 0;
  while (units[unit.index + 1 + count]?.kind === "title") count++;
  return count;
}

/** A short finished sentence right beside a photo credit is the photo's caption. */
function markCaptionsBesideCredits(units: Unit[]): void {
  for (const credit of units.filter((unit) => unit.kind === "credit")) {
    const after = units[credit.index + 1];
    if (after && (after.kind === "caption" || (after.kind === "title" && !isTitleOverBody(after, units)))) continue;
    const before = units[credit.index - 1];
    if (before?.kind === "caption" || (before?.kind === "title" && (!isTitleOverBody(before, units) || units[before.index - 1]?.openEnd))) continue;
    const caption = [before, after].find((unit) => unit && unit.kind === "body" && isCaptionSentence(unit) && !(unit === after && continuesOpenBody(credit, after, units)));
    if (caption) caption.kind = "caption";
  }
}

/**
 * A photo without a credit still has its caption: one short plain sentence, without a comma,
 * standing alone after a finished paragraph (or a byline) and next to paragraphs much longer than itself.
 */
function markUncreditedCaptions(units: Unit[]): void {
  for (const unit of units) {
    if (unit.kind !== "body" || unit.opening || !/。$/u.test(unit.text) || unit.text.length > 24 || unit.text.length < 6) continue;
    if (/[“”「」『』"‘’：:；;，,、]/u.test(unit.text) || countMatches(unit.text, /[。！？]/u) > 1 || CANNOT_OPEN.test(unit.text)) continue;
    if (NOTICE_BODY.test(unit.text)) continue;
    const before = units[unit.index - 1];
    const after = units[unit.index + 1];
    const afterFinishedText = before?.kind === "body" ? !before.openEnd : before?.kind === "byline";
    if (!afterFinishedText || !after || CANNOT_OPEN.test(after.text)) continue;
    const long = [before, after].some((neighbour) => neighbour.kind === "body" && neighbour.text.length >= 3 * unit.text.length);
    if (long && after.kind !== "credit") unit.kind = "caption";
  }
}

/**
 * The body before a photo group ends mid-sentence and `after` goes on with it better than the
 * block after `after` does: then `after` is the second half, not a caption.
 */
function continuesOpenBody(credit: Unit, after: Unit, units: Unit[]): boolean {
  let previous = units[credit.index - 1];
  while (previous && (previous.kind === "caption" || previous.kind === "title" || previous.kind === "credit")) previous = units[previous.index - 1];
  if (!previous?.openEnd) return false;
  const next = units[after.index + 1];
  return gatherEvidence(previous.text, after.text).strong && !(next?.kind === "body" && gatherEvidence(previous.text, next.text).strong);
}

/** A caption says what is shown, never who said what: a block reporting someone's words is text. */
function isCaptionSentence(unit: Unit): boolean {
  return !unit.opening && unit.text.length <= 80 && SENTENCE_END.test(unit.text) && !CANNOT_OPEN.test(unit.text) && !reportsSpeech(unit.text);
}

/** A 导读 line: a story's title and the page it is on. */
export function pointsToPage(text: string): boolean {
  return GUIDE_POINTER.test(text) && text.length <= 60;
}

/** Words that sell (样板间, 特惠, 八折, 理财非存款 …): a box that has them is an ad. */
export function sellsSomething(text: string): boolean {
  return COMMERCIAL.test(text) || AD_DISCLAIMER.test(text);
}

/** Someone's words reported (…负责人表示，…): the text of a story. */
export function reportsSpeech(text: string): boolean {
  return ATTRIBUTION.test(text);
}

function isTitleOverBody(title: Unit, units: Unit[]): boolean {
  let next = units[title.index + 1];
  while (next && (next.kind === "title" || next.kind === "credit" || next.kind === "caption")) next = units[next.index + 1];
  return next !== undefined && (next.kind === "body" || next.kind === "byline" || next.kind === "subhead");
}

/** A table cell with a figure in it, or the dash printed for a figure not given. */
const FIGURE_COLUMN = /\d|^[—－–-]+$/u;

/**
 * A row of a results box or a table: several scores (2:1, 98:95), or three or more short columns
 * set apart by spaces, two of them figures (地区生产总值　　1286.4亿元　　6.1%, 7月18日　19:30　…); no sentence end.
 */
export function isDataRow(text: string): boolean {
  if (SENTENCE_END.test(text)) return false;
  const columns = text.split(/[\s\u3000]+/u);
  const [label, ...cells] = columns;
  const tableRow = columns.length >= 3 && label.length <= 20 && cells.every((cell) => cell.length <= 12) && columns.filter((column) => FIGURE_COLUMN.test(column)).length >= 2;
  return countMatches(text, /\d+\s*[:：]\s*\d+/u) >= 2 || tableRow || isResultsRow(text);
}

/** A labelled row of entries with figures, split by semicolons: 男子组:X 1小时08分41秒;Y 1小时09分05秒;… */
function isResultsRow(text: string): boolean {
  const label = /^[\p{Script=Han}\w]{1,8}[:：]/u.exec(text);
  if (!label || text.length > 120) return false;
  const entries = text.slice(label[0].length).split(/[;；]/u);
  return entries.length >= 2 && entries.every((entry) => /\d/u.test(entry) && entry.length <= 24);
}

/** The next row of a results box the text shapes already called a data box is furniture too. */
function markDataRows(units: Unit[]): void {
  for (const unit of units) {
    const previous = units[unit.index - 1];
    if ((unit.kind === "body" || unit.kind === "title") && previous?.kind === "other" && isDataRow(previous.text) && isDataRow(unit.text)) unit.kind = "other";
  }
}

/** Short lines after a paragraph that ends in a colon are the items of its list, not titles. */
function markListLines(units: Unit[]): void {
  for (const unit of units) {
    if (unit.kind === "title" && /[:：]$/u.test(unit.text) && titleRunAfter(unit, units) >= 3) unit.kind = "body";
    const following = units[unit.index + 1];
    if (unit.kind === "title" && /[:：]$/u.test(unit.text) && following?.kind === "body" && !following.opening) unit.kind = "body";
    if (unit.kind !== "body" || !/[:：]$/u.test(unit.text)) continue;
    let next = units[unit.index + 1];
    while (next?.kind === "title" && !units[next.index + 1]?.opening) {
      next.kind = "body";
      next = units[next.index + 1];
    }
  }
}

/**
 * A kicker may end in a comma (守护“舌尖上的安全”，): a short line after a finished paragraph,
 * right above a headline that opens an article.
 */
function markCommaKickers(units: Unit[]): void {
  for (const unit of units) {
    if (unit.kind !== "body" || !CLAUSE_MARK.test(unit.text) || unit.text.length > 24 || unit.opening) continue;
    const previous = units[unit.index - 1];
    const headline = units[unit.index + 1];
    let opening = units[unit.index + 2];
    const passes = (next: Unit) => next.kind === "credit" || next.kind === "caption" || isCaptionSentence(next) || (next.kind === "title" && SUBHEADLINE_START.test(next.text));
    while (opening && passes(opening)) opening = units[opening.index + 1];
    if (previous?.openEnd || headline?.kind !== "title") continue;
    if (opening && (opening.opening || opening.kind === "byline")) {
      unit.kind = "title";
      unit.openEnd = false;
    }
  }
}

/**
 * A line under a headline that is nothing but a person's name is its byline: the segmenter tags
 * it nr, or, right above the body, it is a surname standing as a word of its own and a given name.
 */
function isBareName(unit: Unit, units: Unit[]): boolean {
  const text = unit.text;
  if (!/^\p{Script=Han}{2,4}$/u.test(text)) return false;
  const words = segmenter().tag(text, true);
  if (words.length <= 2 && words.every((word) => word.tag === "nr")) return true;
  return units[unit.index + 1]?.kind === "body" && isSurnameAndGivenName(text);
}

function isSurnameAndGivenName(text: string): boolean {
  const [first] = dictionaryWords(text);
  const isSurname = first.length === 1 ? SURNAMES.has(first) : COMPOUND_SURNAMES.has(first);
  const given = text.length - first.length;
  return isSurname && given >= 1 && given <= 2;
}

/** Lines of verse are short and carry no punctuation at all. */
const VERSE_LINE = /^[^\p{P}\s]{2,16}$/u;
const MIN_VERSE_LINES = 4;

/**
 * A poem is printed one line a block under its headline and byline: a run of short unpunctuated
 * lines there are its paragraphs, each finished as printed (not titles, not halves of a break).
 */
function markVerseLines(units: Unit[]): void {
  for (const byline of units.filter((unit) => unit.kind === "byline" && units[unit.index - 1]?.kind === "title")) {
    const run: Unit[] = [];
    for (let next = units[byline.index + 1]; next?.kind === "title" && VERSE_LINE.test(next.text); next = units[next.index + 1]) run.push(next);
    if (run.length < MIN_VERSE_LINES) continue;
    for (const line of run) {
      line.kind = "body";
      line.openEnd = false;
    }
  }
}

function classifyBlock(block: SourceBlock, index: number): Unit {
  const text = block.text;
  const opening = DATELINE.test(text) || opensWithCredit(text);
  const kind = block.role ? kindFromRole(block, text) : kindFromText(text, opening);
  const core = withoutTrailingCredit(text);
  const signed = AUTHOR_NOTE.test(text) || EDITOR_SIGNATURE.test(text);
  const openEnd = kind === "body" && !signed && !SENTENCE_END.test(core) && !/[:：]$/u.test(core) && !ENDS_WITH_CONTACT.test(core);
  return { index, block, text, kind, opening, openEnd };
}

function kindFromRole(block: SourceBlock, text: string): UnitKind {
  switch (block.role) {
    case "kicker":
    case "headline":
    case "subheadline":
      return "title";
    case "body":
      return isSubheadLine(block, text) ? "subhead" : "body";
    default:
      return kindFromFurnitureText(text) ?? block.role!;
  }
}

/** What the words of a furniture block say, where typography alone would call it a banner. */
function kindFromFurnitureText(text: string): UnitKind | null {
  const kind = kindFromText(text, false);
  return kind === "notice" || kind === "jump" || kind === "folio" || kind === "ad" ? kind : null;
}

/** `…。(王芳)`: the paragraph text without a credit that closes it. */
export function withoutTrailingCredit(text: string): string {
  const credit = text.match(TRAILING_CREDIT);
  if (!credit || credit.index === 0 || !(isCreditOnly(credit[1]) || SOURCE_CREDIT.test(credit[1]))) return text;
  return text.slice(0, credit.index).trimEnd();
}

function opensWithCredit(text: string): boolean {
  const credit = text.match(BRACKETED_CREDIT);
  return credit !== null && credit[0].length < text.length && ROLE_WORDS.test(credit[1]) && isCreditOnly(credit[1]);
}

/** A numbered heading, or a short bold line with no sentence end: an inner subhead. */
function isSubheadLine(block: SourceBlock, text: string): boolean {
  if (NUMBERED_SUBHEAD.test(text) && isTitleLike(text)) return true;
  return block.bold === true && text.length <= 24 && !SENTENCE_END.test(text);
}

export function kindFromText(text: string, opening: boolean): UnitKind {
  if (opening || AUTHOR_NOTE.test(text)) return "body";
  const compact = text.replace(/[\s\u3000]+/gu, "");
  if (JUMP.test(text)) return "jump";
  if (isFolio(text)) return "folio";
  if (BANNER_WORDS.test(compact) || isDottedLabel(text) || isCoOrganiserLine(text)) return "banner";
  if (PHOTO_CREDIT.test(text) && text.length <= 40 && isCreditLine(text)) return "credit";
  if (NOTICE_TITLE.test(compact) && (compact.length <= 20 || (FORMAL_NOTICE_TITLE.test(compact) && compact.length <= 40))) return "notice";
  if (isOneBlockNotice(text) || (CALL_FOR_CONTRIBUTIONS.test(text) && text.length <= 120)) return "notice";
  if (isStandaloneByline(text)) return "byline";
  if (CAPTION_START.test(text) || (POSITION_MARK.test(text) && text.length <= 60)) return "caption";
  if (isPageFurniture(text)) return isAdvertisement(text) ? "ad" : "other";
  if (pointsToPage(text)) return "other";
  if (AD_DISCLAIMER.test(text) && text.length <= 120) return "ad";
  if (isWeatherOrDataBox(text) || isDataRow(text)) return "other";
  if (NUMBERED_SUBHEAD.test(text) && isTitleLike(text)) return "subhead";
  if (isTitleLike(text)) return "title";
  return "body";
}

/** A line of a masthead that no story would print: 机关报, the serial numbers, the page number alone. */
const MASTHEAD_FACT = /机关报|出版物号|邮发代号|准印证|\bCN\s*\d{2}/u;

function isFolio(text: string): boolean {
  if (text.length > 80 || /[。！？]/u.test(text)) return false;
  if ((MASTHEAD_FACT.test(text) && text.length <= 40) || /^第\s*\d{1,3}\s*版$/u.test(text.trim())) return true;
  const parts = FOLIO_PARTS.filter((pattern) => pattern.test(text)).length;
  return parts >= 2 || (parts === 1 && /^(?:责任编辑|责编|美编|校对|版式|组版)/u.test(text));
}

/**
 * 政务之窗·微白城: a short label with a middle dot, no sentence punctuation and no second phrase set off
 * by a space (江畔·云邸　地铁口精装洋房 is an ad's slogan); a foreign name's dot in a photo credit is none.
 */
function isDottedLabel(text: string): boolean {
  return text.length <= 14 && /[·•・]/u.test(text) && !/[，,。：:“”"\s\u3000]/u.test(text) && !PHOTO_CREDIT.test(text);
}

/** A special page's banner names the bodies that run it: …中共某县委宣传部　某日报社联办. */
function isCoOrganiserLine(text: string): boolean {
  return text.length <= 48 && /(?:联办|合办|协办|联合主办)$/u.test(text) && !/[，,。！？：:“”]/u.test(text);
}

function isCreditLine(text: string): boolean {
  if (PROVIDER_CREDIT.test(text)) return true;
  const withoutLabel = text.replace(/^(?:摄影|摄|图片|图|制图|漫画|供图)[:：]|^图[/／]/u, "");
  return isCreditOnly(withoutLabel) || isCreditOnly(text);
}

/** `记者调查`, `记者手记`: a column's or a section's label, shaped like a credit but naming no one. */
const REPORTER_SECTION = bilingual(/^记者(?:调查|手记|观察|追踪|跟进|探访|体验|连线|直击|走访|点评|再访|回访)$/u);

/** `某市公安局供稿`: the body that supplied the story, on a line of its own. */
const SUPPLIED_BY = bilingual(/^\p{Script=Han}{2,20}供稿$/u);

function isStandaloneByline(text: string): boolean {
  if (REPORTER_SECTION.test(text)) return false;
  if (SUPPLIED_BY.test(text)) return true;
  if (NAMELESS_BYLINE.test(text) || PADDED_NAME.test(text)) return true;
  if (MARKED_NAME.test(text)) return isCreditOnly(text);
  const affiliation = text.match(AFFILIATION_CREDIT);
  if (affiliation && /[、大学院校长员授家师任部局委会]/u.test(affiliation[1])) return true;
  if (text.length > 60 || /[。！？，,]/u.test(text)) return false;
  const bracketed = /^[(（〔【][^()（）〔〕【】]+[)）〕】]$/u.test(text);
  return (STANDALONE_BYLINE.test(text) || bracketed) && isCreditOnly(text);
}

/**
 * An ad speaks of goods in slogans: commercial words, or several phrases set apart by spaces;
 * the paper's own prompts (扫码关注…, 新闻热线…) are page furniture, not ads.
 */
function isAdvertisement(text: string): boolean {
  if (PUBLIC_SERVICE_LINE.test(text)) return false;
  if (COMMERCIAL.test(text)) return true;
  return !SERVICE_PROMPT.test(text) && text.trim().split(/[\s\u3000]+/u).length >= 3;
}

/** Weather boxes and market-data boxes: page furniture, however long. */
function isWeatherOrDataBox(text: string): boolean {
  if (text.length > 200) return false;
  if (WEATHER_BOX.test(text) || (TEMPERATURE_RANGE.test(text) && text.length <= 40)) return true;
  const sentence = /[，,]/u.test(text) && SENTENCE_END.test(text) && !WEATHER_LABEL.test(text);
  if (FURNITURE_MARKS.test(text) && text.length <= 60 && countMatches(text, FURNITURE_MARKS) >= 2 && !sentence) return true;
  const segments = text.split(/[\s\u3000]+/u);
  return segments.length >= 5 && segments.filter((segment) => /\d/u.test(segment)).length >= 3 && !SENTENCE_END.test(text);
}

/** Ads and service prompts (扫码关注…, 新闻热线…): contact marks in a short block that is no sentence of a story. */
function isPageFurniture(text: string): boolean {
  if (text.length > 160 || CANNOT_OPEN.test(text) || /^\p{Script=Han}[，,、]/u.test(text)) return false;
  const strong = STRONG_AD.test(text);
  const marks = countMatches(text, AD_MARKS);
  const sentence = SENTENCE_END.test(withoutTrailingCredit(text));
  if (strong && COMMERCIAL.test(text) && !(reportsSpeech(text) && SENTENCE_END.test(text))) return true;
  if (sentence || (/[，,]/u.test(text) && !PAPER_PROMPT_START.test(text))) return false;
  return (strong && text.length <= 50) || (marks >= 3 && text.length < 80);
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, "gu"))?.length ?? 0;
}

/** Short, no sentence inside it, not a clause fragment: the shape of a headline. */
export function isTitleLike(text: string): boolean {
  if (SUBHEADLINE_START.test(text)) return text.length <= 64 && !/。$/u.test(text);
  if (text.length > TITLE_MAX || reportsSpeech(text)) return false;
  if (/。[”’"」』]*$/u.test(text)) return false;
  if (/[。；;]/u.test(text.replace(/[。！？!?][”’"」』]?$/u, ""))) return false;
  if (/。$/u.test(text) || CLAUSE_MARK.test(text)) return false;
  if (/^[\p{Script=Han}]{1,3}[，,]/u.test(text) && text.length > 10) return false;
  if (INTERVIEW_TURN.test(text)) return false;
  if (!quotesBalanced(text)) return false;
  if (/[，,]/u.test(text) && text.length > 24) return false;
  if (endsOnDanglingWord(text)) return false;
  return countMatches(text, /[，,、]/u) <= 2;
}

/** Quotes and brackets closed as they opened: a line cut inside 《…（2027—20 is text broken off, not a title. */
function quotesBalanced(text: string): boolean {
  return countMatches(text, /[“「『]/u) === countMatches(text, /[”」』]/u) && countMatches(text, /[《〈]/u) === countMatches(text, /[》〉]/u) && countMatches(text, /[（(]/u) === countMatches(text, /[）)]/u);
}

/** A notice printed in one block, its title set off by a space: 遗失声明　某公司遗失公章一枚，…声明作废。 */
function isOneBlockNotice(text: string): boolean {
  const title = text.split(/[\s\u3000]/u)[0];
  return title.length < text.length && title.length <= 8 && NOTICE_TITLE.test(title) && isNoticeBody(text);
}

export function isNoticeBody(text: string): boolean {
  return NOTICE_BODY.test(text) && text.length <= 400;
}
