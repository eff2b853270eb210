import type { JoinDecision } from "./joins.js";
import { bilingual } from "./bilingual.js";
import { AFFILIATION_CREDIT, BANNER_WORDS, MASTHEAD, PAPER_NAME, EDITOR_NOTE, EDITOR_SIGNATURE, KICKER_END, NUMBERED_SUBHEAD, STANDALONE_BYLINE, SUBHEADLINE_START } from "./patterns.js";
import { isDataRow, isNoticeBody, pointsToPage, reportsSpeech, sellsSomething, type Unit } from "./units.js";

/** A paragraph as printed: one unit, or several joined across column breaks. */
export interface Chain {
  units: Unit[];
  joins: JoinDecision[];
}

export type DraftBody = { kind: "paragraph"; chain: Chain } | { kind: "subhead"; unit: Unit };

export interface ArticleDraft {
  titles: Unit[];
  bylines: Unit[];
  body: DraftBody[];
  /** A credit closed the article, or page furniture came after it: the next title starts a new one. */
  closed: boolean;
}

export interface ItemDraft {
  kind: "photo" | "banner" | "folio" | "jump" | "ad" | "notice" | "other";
  units: Unit[];
  credits: Unit[];
}

export interface PageDraft {
  articles: ArticleDraft[];
  items: ItemDraft[];
}

/** Inner subheads are short; a single title line this long heads an article of its own. */
const HEADLINE_LENGTH = 12;
const SECTION_LABEL_LENGTH = 6;
/** The date and the signer that close a notice. */
const NOTICE_SIGNER = "[\\p{Script=Han}（）()]{2,30}(?:公司|委员会|管理局|局|部|部门|队|政府|中心|办公室|处|店|厂|学校|医院|协会|小组|家属|敬启|谨启)";
const NOTICE_DATE = "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日";
/** A notice's issuer printed on its own line over the notice's title: 某市公安局 / 关于…的通告. */
const NOTICE_ISSUER = bilingual(new RegExp(`^${NOTICE_SIGNER}$`, "u"));
const NOTICE_TAIL = bilingual(new RegExp(`^(?:${NOTICE_SIGNER}(?:[\\s\\u3000]*${NOTICE_DATE})?|${NOTICE_DATE})$`, "u"));
const WEATHER_LINE = bilingual(/天气|℃|°C|晴|多云|阴|[小中大阵]雨|雪|风力|级风/u);

const PAPER_PROMPT = bilingual(/^(?:新闻热线|报料|扫码|扫描|关注|订阅)/u);
/** The paper's own service lines, its name first: 某晚报新闻热线:…　微信公众号:… */
const PAPER_SERVICE = bilingual(/(?:新闻|报料|民生|社区)热线|^本报\S{0,6}热线|公众号|客户端|热线.*(?:邮箱|@)/u);

/** `项目名称：…`, `联系电话：…`: the fields a notice lists. */
const NOTICE_FIELD = /^[\p{Script=Han}]{2,12}[:：]/u;
const ROUNDUP_BANNER = /^(?:简讯|快讯|短讯|新闻速递|一线传真|基层动态)$/u;

export function buildChains(units: Unit[], joins: JoinDecision[]): Map<number, Chain> {
  const byFrom = new Map(joins.map((join) => [join.from, join]));
  const targets = new Set(joins.map((join) => join.to));
  const chains = new Map<number, Chain>();
  for (const unit of units) {
    if (targets.has(unit.index) || (unit.kind !== "body" && !byFrom.has(unit.index))) continue;
    const chain: Chain = { units: [unit], joins: [] };
    for (let join = byFrom.get(unit.index); join; join = byFrom.get(join.to)) {
      chain.joins.push(join);
      chain.units.push(units[join.to]);
    }
    chains.set(unit.index, chain);
  }
  return chains;
}

/** Walk the units in reading order and group them into articles and items. */
export function groupPage(units: Unit[], joins: JoinDecision[]): PageDraft {
  const chains = buildChains(units, joins);
  const joinedTargets = new Set(joins.map((join) => join.to));
  const photos = pairPhotos(units, chains, joinedTargets);
  const walker = new PageWalker(units, chains, titlesInsideBreaks(units, joins));
  for (const unit of units) {
    if (joinedTargets.has(unit.index)) continue;
    const photo = photos.get(unit.index);
    if (photo) {
      if (photo.units[0] === unit || (photo.units.length === 0 && photo.credits[0] === unit)) walker.addItem(photo);
      continue;
    }
    walker.visit(unit);
  }
  return walker.finish();
}

class PageWalker {
  private readonly articles: ArticleDraft[] = [];
  private readonly items: ItemDraft[] = [];
  private current: ArticleDraft | null = null;
  private pendingTitles: Unit[] = [];
  private pendingBylines: Unit[] = [];
  private notice: ItemDraft | null = null;
  /** On a laid-out page, text outside every article's group belongs to the notice box it came from. */
  private lastNotice: ItemDraft | null = null;
  /** Titles that stood between the halves of a column break: they wait for their dateline. */
  private floatingTitles: Unit[] = [];
  private roundup = false;

  constructor(
    private readonly units: Unit[],
    private readonly chains: Map<number, Chain>,
    private readonly floating: Set<number>,
  ) {}

  /**
   * Photos may stand between a title group and its first paragraph, and a jump line (下转第3版)
   * after a cut paragraph may stand between a title that waits for its byline and that byline;
   * other furniture ends a title group.
   */
  addItem(item: ItemDraft): void {
    if (item.kind !== "photo" && item.kind !== "jump") this.flushOrphanTitles();
    this.items.push(item);
    if (this.current && !betweenHalvesOf(this.current, item)) this.current.closed = true;
  }

  visit(unit: Unit): void {
    switch (unit.kind) {
      case "title":
        if (this.notice && continuesNotice(unit)) {
          this.notice.units.push(unit);
          return;
        }
        this.notice = null;
        if (this.floating.has(unit.index)) this.floatingTitles.push(unit);
        else this.pendingTitles.push(unit);
        return;
      case "byline":
        this.visitByline(unit);
        return;
      case "subhead":
        this.visitSubhead(unit);
        return;
      case "body":
        this.visitBody(unit);
        return;
      case "notice":
        this.flushOrphanTitles();
        this.notice = { kind: "notice", units: [...this.takeIssuerRightAbove(unit), unit], credits: [] };
        this.lastNotice = this.notice;
        this.addItem(this.notice);
        return;
      case "banner":
        this.roundup = ROUNDUP_BANNER.test(unit.text.trim()) || (this.roundup && !BANNER_WORDS.test(unit.text));
        this.notice = null;
        this.addItem({ kind: "banner", units: [unit], credits: [] });
        return;
      case "caption":
        if (this.notice) {
          this.notice.units.push(unit);
          return;
        }
        this.addItem({ kind: "photo", units: [unit], credits: [] });
        return;
      case "credit":
        this.addItem({ kind: "photo", units: [], credits: [unit] });
        return;
      default:
        if (this.notice && (unit.kind === "other" || unit.kind === "ad") && continuesNotice(unit)) {
          this.notice.units.push(unit);
          return;
        }
        this.notice = null;
        if (this.extendsLastBox(unit)) return;
        this.addBox(unit, unit.kind);
    }
  }

  /** The issuer's name printed as a line of its own right above a notice's title (taken for a banner). */
  private takeIssuerRightAbove(unit: Unit): Unit[] {
    const last = this.items.at(-1);
    const line = last?.units[0];
    if (!line || last?.kind !== "banner" || last.units.length !== 1 || line.index !== unit.index - 1 || !NOTICE_ISSUER.test(line.text)) return [];
    this.items.pop();
    return [line];
  }

  /** A box with the heading printed over it; a box whose lines sell something is an ad. */
  private addBox(unit: Unit, kind: ItemDraft["kind"]): void {
    const units = [...this.takeBoxHeading(unit), unit];
    const sells = kind === "other" && units.length > 1 && sellsSomething(units.map((u) => u.text).join("\n"));
    this.addItem({ kind: sells ? "ad" : kind, units, credits: [] });
  }

  /**
   * The lines printed right above an ad or an info box with no body of their own (雁北银行“夏日理财季”,
   * 赛果速览, a dotted label 河阳百货·六月家电以旧换新 over an ad) are the box's heading: one item.
   * The paper's own prompts (扫码关注…) stand alone.
   */
  private takeBoxHeading(unit: Unit): Unit[] {
    if ((unit.kind !== "ad" && unit.kind !== "other") || PAPER_PROMPT.test(unit.text)) return [];
    return this.takeTitlesRightAbove(unit) ?? (unit.kind === "ad" ? this.takeLabelRightAbove(unit) : []);
  }

  /**
   * Pending titles (and no byline) printed on the lines right above the unit; or titles standing
   * between the halves of a break, right above a box that stands there too.
   */
  private takeTitlesRightAbove(unit: Unit): Unit[] | null {
    const rightAbove = (titles: Unit[]) => titles.length > 0 && titles.every((title, k) => title.index === unit.index - titles.length + k);
    if (rightAbove(this.floatingTitles)) {
      const titles = this.floatingTitles;
      this.floatingTitles = [];
      return titles;
    }
    const titles = this.pendingTitles;
    if (this.pendingBylines.length > 0 || !rightAbove(titles)) return null;
    this.pendingTitles = [];
    return titles;
  }

  /** A banner just added for the line right above the unit, unless it is a section word (广告, 简讯…). */
  private takeLabelRightAbove(unit: Unit): Unit[] {
    const last = this.items[this.items.length - 1];
    const label = last?.units[0];
    if (last?.kind !== "banner" || last.units.length !== 1 || label.index !== unit.index - 1 || BANNER_WORDS.test(label.text)) return [];
    this.items.pop();
    return [label];
  }

  /** A folio printed on two lines, a weather box line by line: one item, not several. */
  private extendsLastBox(unit: Unit): boolean {
    const last = this.items[this.items.length - 1];
    const lastUnit = last?.units[last.units.length - 1];
    if (!last || !lastUnit || lastUnit.index !== unit.index - 1 || last.kind !== unit.kind) return false;
    const folioLines = unit.kind === "folio" && ((!MASTHEAD.test(lastUnit.text) && !MASTHEAD.test(unit.text)) || (PAPER_NAME.test(lastUnit.text) && MASTHEAD.test(unit.text)) || (isMastheadBox(last) && !EDITOR_CREDIT.test(unit.text)));
    const sameKindOfLine = (test: (text: string) => boolean) => test(lastUnit.text) && test(unit.text);
    const boxLines = unit.kind === "other" && (sameKindOfLine(isWeatherLine) || sameKindOfLine(isDataRow) || sameKindOfLine(pointsToPage));
    const sameBox = folioLines || boxLines;
    if (sameBox) last.units.push(unit);
    return sameBox;
  }

  private visitByline(unit: Unit): void {
    if (this.floatingTitles.length) {
      this.pendingTitles.push(...this.floatingTitles);
      this.floatingTitles = [];
      this.pendingBylines.push(unit);
      return;
    }
    if (this.current && this.startsSubStory(this.current, unit)) {
      this.takeTitlesAsSubheads(this.current);
      this.current.bylines.push(unit);
      return;
    }
    if (this.pendingTitles.length > 0 || !this.current || this.current.body.length === 0) {
      this.pendingBylines.push(unit);
      return;
    }
    this.current.bylines.push(unit);
    if (!this.current.body.every(isEditorNote)) this.current.closed = true;
  }

  /**
   * In a package, a subtitle with its own credit line opens a sub-story: an affiliation credit
   * (某大学教授  李明) after any subtitle, or, when the editor's note is signed (——编  者), a
   * reporter's credit after a subtitle too short for a headline. Photos between its parts do not
   * end the package.
   */
  private startsSubStory(current: ArticleDraft, byline: Unit): boolean {
    if (this.pendingTitles.length !== 1 || !isPackage(current)) return false;
    if (AFFILIATION_CREDIT.test(byline.text) && !STANDALONE_BYLINE.test(byline.text)) return true;
    const [subtitle] = this.pendingTitles;
    return current.body.some(isSignedEditorNote) && (subtitle.text.length < HEADLINE_LENGTH || LABELLED_SUBHEAD.test(subtitle.text));
  }

  private visitSubhead(unit: Unit): void {
    if (this.notice) {
      this.notice.units.push(unit);
      return;
    }
    if (this.pendingTitles.length > 0 && NUMBERED_SUBHEAD.test(unit.text)) this.openArticle();
    if (this.current && this.pendingTitles.length === 0) {
      this.current.body.push({ kind: "subhead", unit });
      return;
    }
    this.pendingTitles.push(unit);
  }

  private visitBody(unit: Unit): void {
    const chain = this.chains.get(unit.index)!;
    const notice = this.notice ?? (this.current && outsideGroups(this.current, unit) ? this.lastNotice : null);
    if (notice && this.pendingTitles.length === 0 && !unit.opening) {
      notice.units.push(...chain.units);
      this.notice = notice;
      return;
    }
    if (this.notice === null && this.pendingTitles.length === 0 && !this.current && isNoticeBody(unit.text)) {
      this.addItem({ kind: "notice", units: [...chain.units], credits: [] });
      return;
    }
    const headsNewBody = unit.opening || (this.current !== null && this.itemAfter(this.current, unit));
    if (headsNewBody && this.floatingTitles.length && this.pendingTitles.length === 0) {
      this.pendingTitles = this.floatingTitles;
      this.floatingTitles = [];
    }
    if (this.startsNewArticle(unit)) this.openArticle();
    const article = this.current ?? this.openArticle();
    this.takeTitlesAsSubheads(article);
    article.body.push({ kind: "paragraph", chain });
    if (endsWithCredit(chain)) article.closed = true;
  }

  /** A title group before a body opens a new article, unless it is a single inner subhead. */
  private startsNewArticle(unit: Unit): boolean {
    const current = this.current;
    if (!current) return true;
    if (this.pendingBylines.length > 0) return true;
    if (fromAnotherGroup(current, unit)) return true;
    if (unit.opening && current.body.some((entry) => entry.kind === "paragraph" && !isEditorNote(entry))) return true;
    if (unit.opening && current.titles.length === 0 && current.body.length === 0) return true;
    if (this.pendingTitles.length === 0) return false;
    if (this.pendingTitles.length >= 2 || current.closed || this.roundup) return true;
    const [title] = this.pendingTitles;
    if (title.kind === "subhead") return false;
    if (current.body.length > 0 && isQuotedSubhead(title.text) && !this.closesWithCredit(unit)) return false;
    if (continuesSubheadSeries(current, title) && !this.closesWithCredit(unit)) return false;
    return current.body.length === 0 || title.text.length >= HEADLINE_LENGTH || this.closesWithCredit(unit);
  }

  /**
   * The unit starts another item after the article: the article's last paragraph closed on a
   * credit, or the article was credited at its start and the unit's paragraph closes on a credit
   * of its own (…参赛的程序员贝文杰说。(实习生 乐安琪)).
   */
  private itemAfter(article: ArticleDraft, unit: Unit): boolean {
    const chain = this.chains.get(unit.index);
    return endsWithCreditedParagraph(article) || (isCreditedAtStart(article) && chain !== undefined && endsWithCredit(chain));
  }

  /** Paragraphs from here to the next title end with a credit: a short item of its own. */
  private closesWithCredit(unit: Unit): boolean {
    for (let k = unit.index; k < this.units.length && this.units[k].kind === "body"; k++) {
      const chain = this.chains.get(k);
      if (chain && endsWithCredit(chain)) return true;
    }
    return false;
  }

  /**
   * A short label over a much longer headline, or over a kicker and its headline, is the column's
   * banner (栏目), not a kicker.
   */
  private takeColumnLabel(): void {
    const [first, second, third] = this.pendingTitles;
    if (!second || first.text.length > 8 || /[\p{P}\s]/u.test(first.text)) return;
    const overKicker = third !== undefined && KICKER_END.test(second.text);
    if (!overKicker && second.text.length < 2 * first.text.length) return;
    if (SUBHEADLINE_START.test(second.text)) return;
    this.items.push({ kind: "banner", units: [first], credits: [] });
    this.pendingTitles = this.pendingTitles.slice(1);
  }

  private openArticle(): ArticleDraft {
    this.takeColumnLabel();
    this.current = { titles: this.pendingTitles, bylines: this.pendingBylines, body: [], closed: false };
    this.articles.push(this.current);
    this.pendingTitles = [];
    this.pendingBylines = [];
    this.notice = null;
    return this.current;
  }

  private takeTitlesAsSubheads(article: ArticleDraft): void {
    for (const title of this.pendingTitles) article.body.push({ kind: "subhead", unit: title });
    this.pendingTitles = [];
  }

  /** Titles followed by no body: a photo's title, a label — kept as items, never dropped. */
  private flushOrphanTitles(): void {
    const titles = [...this.pendingTitles, ...this.floatingTitles];
    for (const title of titles) this.items.push({ kind: titles.length === 1 && isSectionLabel(title.text) ? "banner" : "other", units: [title], credits: [] });
    for (const byline of this.pendingBylines) this.items.push({ kind: "other", units: [byline], credits: [] });
    this.pendingTitles = [];
    this.pendingBylines = [];
    this.floatingTitles = [];
  }

  finish(): PageDraft {
    this.flushOrphanTitles();
    return { articles: this.articles, items: this.items };
  }
}

/** `上岸：…`, `护水：…`: a short label and a colon opening the subhead. */
const LABELLED_SUBHEAD = /^\p{Script=Han}{1,4}[：:]/u;

/** A title shaped like the article's inner subheads so far (上岸：… 护水：… then 回归：…) is the next one. */
function continuesSubheadSeries(article: ArticleDraft, title: Unit): boolean {
  if (!LABELLED_SUBHEAD.test(title.text)) return false;
  return article.body.some((entry) => entry.kind === "subhead" && LABELLED_SUBHEAD.test(entry.unit.text));
}

/** The page editor's credit: the line that starts the folio proper under a masthead. */
const EDITOR_CREDIT = bilingual(/责任编辑|责编|编辑[:：]/u);

/** A masthead printed a fact a line (paper, 机关报, date, CN, 第1版): its lines go on until the editor's folio. */
function isMastheadBox(item: ItemDraft): boolean {
  return item.units.some((unit) => MASTHEAD.test(unit.text));
}

/** A feature's subhead quoting its subject, whole line in quotes (“林子长起来了，心才踏实”): it goes on with the story. */
function isQuotedSubhead(text: string): boolean {
  return /^[“「][^“”「」]+[”」]$/u.test(text);
}

/** A lone short label with no punctuation or figures over no body of its own (政务公开): a section banner. */
function isSectionLabel(text: string): boolean {
  return text.length <= SECTION_LABEL_LENGTH && /^\p{Script=Han}+$/u.test(text);
}

function isWeatherLine(text: string): boolean {
  return WEATHER_LINE.test(text);
}

function continuesNotice(unit: Unit): boolean {
  if (isWeatherLine(unit.text) || PAPER_PROMPT.test(unit.text) || PAPER_SERVICE.test(unit.text)) return false;
  return NOTICE_TAIL.test(unit.text) || NOTICE_FIELD.test(unit.text);
}

/** On a laid-out page, a block that layout analysis put in no article while the article has a group. */
function outsideGroups(article: ArticleDraft, unit: Unit): boolean {
  const first = article.titles[0] ?? bodyUnitsOf(article)[0];
  return unit.block.group === undefined && first?.block.group !== undefined;
}

/** Layout analysis put the block in another article's group. */
function fromAnotherGroup(article: ArticleDraft, unit: Unit): boolean {
  const group = unit.block.group;
  const first = article.titles[0] ?? bodyUnitsOf(article)[0];
  return group !== undefined && first?.block.group !== undefined && first.block.group !== group;
}

/** Furniture standing between the halves of the article's last paragraph (a photo inside its break) does not end it. */
function betweenHalvesOf(article: ArticleDraft, item: ItemDraft): boolean {
  const last = article.body.at(-1);
  if (last?.kind !== "paragraph" || last.chain.units.length < 2) return false;
  const end = last.chain.units.at(-1)!.index;
  return [...item.units, ...item.credits].every((unit) => unit.index < end);
}

function bodyUnitsOf(article: ArticleDraft): Unit[] {
  return article.body.flatMap((entry) => (entry.kind === "paragraph" ? entry.chain.units : [entry.unit]));
}

function titlesInsideBreaks(units: Unit[], joins: JoinDecision[]): Set<number> {
  const inside = new Set<number>();
  for (const join of joins) {
    for (let k = join.from + 1; k < join.to; k++) if (units[k].kind === "title") inside.add(k);
  }
  return inside;
}

function isEditorNote(entry: DraftBody): boolean {
  if (entry.kind !== "paragraph") return false;
  const { units } = entry.chain;
  return EDITOR_NOTE.test(units[0].text) || EDITOR_SIGNATURE.test(units[units.length - 1].text);
}

/** An editor's note signed at its end (……新气象。——编　者): the note of a package. */
function isSignedEditorNote(entry: DraftBody): boolean {
  return entry.kind === "paragraph" && EDITOR_SIGNATURE.test(entry.chain.units[entry.chain.units.length - 1].text);
}

/** A package: an editor's note, then sub-stories each with a subtitle and its own credit line. */
function isPackage(article: ArticleDraft): boolean {
  return article.body.some(isEditorNote);
}

/** A byline under the title, or a dateline opening the first paragraph. */
function isCreditedAtStart(article: ArticleDraft): boolean {
  const first = article.body.find((entry) => entry.kind === "paragraph");
  return article.bylines.length > 0 || (first?.kind === "paragraph" && first.chain.units[0].opening);
}

/** The article's last paragraph closed on a credit (…致富。（卜　岚）): the item is over. */
function endsWithCreditedParagraph(article: ArticleDraft): boolean {
  const last = article.body[article.body.length - 1];
  return last?.kind === "paragraph" && endsWithCredit(last.chain);
}

function endsWithCredit(chain: Chain): boolean {
  const last = chain.units[chain.units.length - 1];
  return /[)）]$/u.test(last.text) && !last.openEnd;
}

/**
 * Pair every photo credit with its caption or photo title: the caption after it, else the one
 * before it. A title that heads a body is a headline, not a photo title.
 */
function pairPhotos(units: Unit[], chains: Map<number, Chain>, joined: Set<number>): Map<number, ItemDraft> {
  const photos = new Map<number, ItemDraft>();
  for (const credit of units.filter((unit) => unit.kind === "credit")) {
    const caption = besideInOrder(credit, units).find(
      (candidate) => candidate && !photos.has(candidate.index) && !joined.has(candidate.index) && isCaption(candidate, units, chains),
    );
    const item: ItemDraft = { kind: "photo", units: caption ? [caption] : [], credits: [credit] };
    photos.set(credit.index, item);
    if (caption) photos.set(caption.index, item);
  }
  return photos;
}

/** The units next to a credit, nearest first: on a laid-out page by distance, else the one after it first. */
function besideInOrder(credit: Unit, units: Unit[]): Array<Unit | undefined> {
  const neighbours = [units[credit.index + 1], units[credit.index - 1]];
  const box = credit.block.bbox;
  if (!box) return neighbours;
  const distance = (unit: Unit | undefined) => {
    const other = unit?.block.bbox;
    if (!other) return Infinity;
    const vertical = Math.max(0, other[1] - box[3], box[1] - other[3]);
    const horizontal = Math.max(0, other[0] - box[2], box[0] - other[2]);
    return vertical + horizontal;
  };
  return neighbours.sort((a, b) => distance(a) - distance(b));
}

function isCaption(unit: Unit, units: Unit[], chains: Map<number, Chain>): boolean {
  if (unit.kind === "caption") return true;
  if (unit.kind === "title") return !headsABody(unit, units) || isPhotoTitleOverHeadline(unit, units) || followsCompleteTitleGroup(unit, units);
  if (unit.kind === "body") {
    const single = (chains.get(unit.index)?.units.length ?? 0) === 1;
    return !unit.opening && single && unit.text.length <= 60 && !unit.openEnd && !reportsSpeech(unit.text) && !previousIsOpen(unit, units);
  }
  return false;
}

function previousIsOpen(unit: Unit, units: Unit[]): boolean {
  const previous = units[unit.index - 1];
  return previous !== undefined && previous.kind === "body" && !/[。！？!?”」』)）]$/u.test(previous.text);
}

/** Right under a photo credit, a short title over another title is the photo's own title. */
function isPhotoTitleOverHeadline(title: Unit, units: Unit[]): boolean {
  return units[title.index - 1]?.kind === "credit" && units[title.index + 1]?.kind === "title" && !KICKER_END.test(title.text) && title.text.length <= 12;
}

/** Photos between a finished title group (its byline printed) and the body: their titles are captions. */
function followsCompleteTitleGroup(title: Unit, units: Unit[]): boolean {
  if (units[title.index - 1]?.kind !== "credit") return false;
  let before = units[title.index - 1];
  while (before && (before.kind === "credit" || before.kind === "caption")) before = units[before.index - 1];
  return before?.kind === "byline";
}

function headsABody(title: Unit, units: Unit[]): boolean {
  for (let k = title.index + 1; k < units.length; k++) {
    const kind = units[k].kind;
    if (kind === "title") continue;
    return kind === "body" || kind === "byline" || kind === "subhead";
  }
  return false;
}
