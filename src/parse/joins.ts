import { gatherEvidence } from "./evidence.js";
import { KICKER_END } from "./patterns.js";
import { withoutTrailingCredit, type Unit, type UnitKind } from "./units.js";

/** A column break: the body text of `from` goes on in `to`. */
export interface JoinDecision {
  from: number;
  to: number;
  evidence: string[];
  confidence: number;
}

/** Units that can stand between the two halves of a break (a caption, another article's title …). */
const CAN_INTERVENE = new Set<UnitKind>(["credit", "caption", "title", "banner", "folio", "jump", "ad", "notice", "byline", "other"]);
const MAX_INTERVENING = 4;
const THRESHOLD = 0.5;

export function findJoins(units: Unit[]): JoinDecision[] {
  const joins: JoinDecision[] = [];
  const taken = new Set<number>();
  for (const unit of units) {
    if (!isFirstHalfCandidate(unit, units[unit.index + 1])) continue;
    const decision = decideJoin(unit, units, taken);
    if (!decision) continue;
    joins.push(decision);
    taken.add(decision.to);
    if (unit.kind === "title") unit.kind = "body";
  }
  return joins;
}

const CLOSING_MARK = /^[，,。、；;：:？?！!）)」』”’]/u;

function isFirstHalfCandidate(unit: Unit, next: Unit | undefined): boolean {
  if (unit.kind === "body") return unit.openEnd || (next?.kind === "body" && CLOSING_MARK.test(next.text));
  return unit.kind === "title" && /[，,、“]/u.test(unit.text) && !KICKER_END.test(unit.text);
}

function decideJoin(first: Unit, units: Unit[], taken: Set<number>): JoinDecision | null {
  const target = findSecondHalf(first, units);
  if (!target || taken.has(target.index)) return null;
  const intervening = target.index - first.index - 1;
  const evidence = gatherEvidence(first.text, target.text);
  if (first.kind === "title" && !evidence.strong) return null;
  const photoBetween = intervening > 0 && onlyFurnitureBetween(first, target, units);
  if (photoBetween) evidence.reasons.push("only a photo or a box stands between the halves");
  if (intervening > 0 && !evidence.strong && !photoBetween) {
    if (!titleAwaitsItsDateline(first, target, units)) return null;
    evidence.score += 0.1;
    evidence.reasons.push("the title between waits for its own byline or dateline further on");
  }
  const confidence = Math.min(0.99, evidence.score - (photoBetween ? 0 : 0.08 * runsOfKinds(units.slice(first.index + 1, target.index))));
  if (confidence < THRESHOLD) return null;
  if (intervening > 0) evidence.reasons.push(`${intervening} block(s) between the halves`);
  for (const unit of units.slice(first.index + 1, target.index)) if (unit.kind === "body" && isKickerOverTitle(unit, units)) unit.kind = "title";
  return { from: first.index, to: target.index, evidence: evidence.reasons, confidence: round(confidence) };
}

/**
 * How far apart the halves stand: the runs of blocks of one kind between them. A box's heading
 * and its rows (演出预告 over three lines of dates) are one thing in the way, not four.
 */
function runsOfKinds(between: Unit[]): number {
  return between.filter((unit, k) => k === 0 || between[k - 1].kind !== unit.kind).length;
}

/** Page furniture that no article's text goes on in. */
const FURNITURE = new Set<UnitKind>(["credit", "caption", "other", "ad", "notice", "banner", "folio"]);

/**
 * Only a photo (caption, credit, photo title) or a box (an ad, a notice, an info box with the heading
 * and field lines printed over it) between the halves: nothing there that an article could go on in.
 */
function onlyFurnitureBetween(first: Unit, second: Unit, units: Unit[]): boolean {
  const between = units.slice(first.index + 1, second.index);
  const headsFurniture = (k: number): boolean => {
    while (k < between.length && between[k].kind === "title") k++;
    return k < between.length && FURNITURE.has(between[k].kind);
  };
  return between.every((unit, k) => FURNITURE.has(unit.kind) || (unit.kind === "title" && headsFurniture(k)));
}

/**
 * Another article's title between the halves, whose own byline or dateline paragraph comes after
 * the second half (and the inner subheads that go on with it): the title waits for its opening, the
 * second half goes on with the first.
 */
function titleAwaitsItsDateline(first: Unit, second: Unit, units: Unit[]): boolean {
  const between = units.slice(first.index + 1, second.index);
  if (!between.some((unit) => unit.kind === "title")) return false;
  if (closesAnItem(second) && units[second.index + 1]?.kind === "body") return true;
  for (const unit of units.slice(second.index + 1)) {
    if (unit.kind === "byline") return true;
    if (unit.kind === "subhead") continue;
    if (unit.kind !== "body") return false;
    if (unit.opening) return true;
  }
  return false;
}

/**
 * A short block finishing a sentence and closing on a credit (农户增收致富。（卜　岚）): the end of
 * the item broken before the title, which then heads the body after it.
 */
function closesAnItem(unit: Unit): boolean {
  return !unit.openEnd && withoutTrailingCredit(unit.text) !== unit.text;
}

/**
 * The next body block, unless a title-shaped block before it continues the text more plainly. After a
 * notice's heading, body blocks that do not go on with the first half are the notice's own text.
 */
function findSecondHalf(first: Unit, units: Unit[]): Unit | null {
  let titleHalf: Unit | null = null;
  let inNotice = false;
  let kicker: Unit | null = null;
  for (let k = first.index + 1; k < units.length && k <= first.index + 1 + MAX_INTERVENING; k++) {
    const candidate = units[k];
    if (candidate.kind === "notice") inNotice = true;
    if (candidate.kind === "body" && inNotice && !candidate.opening && !continuesStrongly(first.text, candidate.text)) continue;
    if (candidate.kind === "body" && !kicker && isKickerOverTitle(candidate, units) && !continuesStrongly(first.text, candidate.text)) {
      kicker = candidate;
      continue;
    }
    if (candidate.kind === "body" && kicker && (candidate.opening || !continuesStrongly(first.text, candidate.text))) return kicker;
    if (candidate.kind === "body") {
      if (candidate.opening) return titleHalf;
      if (titleHalf && !continuesStrongly(first.text, candidate.text)) return titleHalf;
      return skipUncreditedCaption(first, candidate, units) ?? candidate;
    }
    if (candidate.kind === "jump") return null;
    if (!titleHalf && candidate.kind === "title" && canContinueAsTitle(candidate, units) && continuesStrongly(first.text, candidate.text)) titleHalf = candidate;
    if (!CAN_INTERVENE.has(candidate.kind)) return titleHalf;
  }
  return titleHalf;
}

/**
 * A short finished sentence right after the first half that does not go on with it, followed by
 * a block that does (or by a tail too short to stand as a paragraph: 保暖。): the sentence is a photo
 * caption standing between the halves.
 */
function skipUncreditedCaption(first: Unit, candidate: Unit, units: Unit[]): Unit | null {
  const next = units[candidate.index + 1];
  if (!next || next.kind !== "body" || next.opening || candidate.text.length > 40 || !/。$/u.test(candidate.text)) return null;
  const tinyTail = next.text.length <= 8 && /[。！？]$/u.test(next.text);
  if (gatherEvidence(first.text, candidate.text).strong || !(tinyTail || gatherEvidence(first.text, next.text).strong)) return null;
  candidate.kind = "caption";
  return next;
}

/**
 * A short text ending like a kicker (春运首日，) right over a title: when a later block goes on with the
 * first half, it is the next article's kicker standing between the halves, not the second half.
 */
function isKickerOverTitle(unit: Unit, units: Unit[]): boolean {
  return !unit.opening && unit.text.length <= 24 && KICKER_END.test(unit.text) && units[unit.index + 1]?.kind === "title";
}

/** A title-shaped second half: not a kicker, and not heading a byline, a title or an opening. */
function canContinueAsTitle(candidate: Unit, units: Unit[]): boolean {
  const next = units[candidate.index + 1];
  return !KICKER_END.test(candidate.text) && !(next && (next.kind === "byline" || next.kind === "title" || next.opening));
}

function continuesStrongly(before: string, after: string): boolean {
  return gatherEvidence(before, after).strong && after.length > 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
