import { CANNOT_OPEN, CLAUSE_MARK, DANGLING_WORD, PARTICLE } from "./patterns.js";
import { toSimplified } from "../model/simplified.js";
import { dictionaryWords } from "./segmenter.js";

/** What speaks for `after` going on with the sentence or word that `before` breaks off. */
export interface Evidence {
  score: number;
  strong: boolean;
  reasons: string[];
}

/** Words a figure follows (达到 | 96.8%, 超过 | 8000人次): a number opening the next block goes on with them. */
const QUANTITY_LEAD = /(?:达到|超过|增长|下降|提高|减少|突破|累计|完成|实现|约|共|达|为|至|近|逾|占)$/u;

export function gatherEvidence(before: string, after: string): Evidence {
  const reasons = ["first half ends mid-sentence"];
  let score = 0.55;
  let strong = false;
  if (CLAUSE_MARK.test(before)) {
    score += 0.25;
    strong = true;
    reasons.push(`first half ends on '${before.slice(-1)}'`);
  }
  if (CANNOT_OPEN.test(after) || opensWithParticle(after)) {
    score += 0.3;
    strong = true;
    reasons.push(`'${after[0]}' cannot open a paragraph`);
  }
  if (endsOnDanglingWord(before)) {
    score += 0.25;
    strong = true;
    reasons.push(`first half ends on '${before.slice(-1)}', which cannot end a sentence`);
  }
  const word = wordAcrossCut(before, after);
  if (word) {
    score += 0.3;
    strong = true;
    reasons.push(`'${word}' is a dictionary word across the cut`);
  }
  if (/[\d０-９][.．]?$/u.test(before) && /^[\d０-９]/u.test(after)) {
    score += 0.3;
    strong = true;
    reasons.push("a figure is cut in two");
  }
  if (QUANTITY_LEAD.test(before) && /^[\d０-９]/u.test(after)) {
    score += 0.25;
    strong = true;
    reasons.push(`first half ends on '${before.match(QUANTITY_LEAD)![0]}', which a figure follows`);
  }
  if (/^\p{Script=Han}[，,、；;：:]/u.test(after) && !/^[问答問][:：]/u.test(after)) {
    score += 0.2;
    strong = true;
    reasons.push("second half opens with a one-character fragment");
  }
  return { score, strong, reasons };
}

function opensWithParticle(text: string): boolean {
  return PARTICLE.test(text) && dictionaryWords(text.slice(0, 6))[0] === text[0];
}

const CONTEXT = 4;

/**
 * The dictionary word that spans the cut between two texts, if the segmenter finds one where a
 * side alone leaves a single character hanging (探|索: the tail ends in 探 alone). Traditional text
 * is looked up in its Simplified form, since the dictionary is Simplified.
 */
export function wordAcrossCut(before: string, after: string): string | null {
  const tail = toSimplified(before.slice(-CONTEXT));
  const head = toSimplified(after.slice(0, CONTEXT));
  if (!/\p{Script=Han}$/u.test(tail) || !/^\p{Script=Han}/u.test(head)) return null;
  if (!leavesCharacterHanging(tail, head)) return null;
  let offset = 0;
  for (const word of dictionaryWords(tail + head)) {
    const end = offset + word.length;
    if (offset < tail.length && end > tail.length && word.length > 1) return word;
    offset = end;
  }
  return null;
}

function leavesCharacterHanging(tail: string, head: string): boolean {
  const tailWords = dictionaryWords(tail);
  return tailWords[tailWords.length - 1].length === 1 || dictionaryWords(head)[0].length === 1;
}

/** The text ends on a word that cannot end a sentence (的, 在, 和 …), not on a longer word ending with it (一语中的, 目的). */
export function endsOnDanglingWord(text: string): boolean {
  return DANGLING_WORD.test(text) && dictionaryWords(toSimplified(text.slice(-CONTEXT))).at(-1)?.length === 1;
}
