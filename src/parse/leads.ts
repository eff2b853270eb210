/**
 * Bold lead sentences (抓党的领导,政策措施落实到位。坚持…): in plain text the bold is gone, but such
 * leads come in series — short first sentences of several paragraphs of one article, built alike:
 * the same opening character, the same closing words, or the same two-clause shape.
 */
const FIRST_SENTENCE = /^[^。！？!?]{4,24}[。！？!?]/u;
const MIN_SERIES = 2;

export function findLeads(paragraphs: string[]): Array<string | null> {
  const candidates = paragraphs.map(leadCandidate);
  const series = new Set<number>();
  addSeries(candidates, (lead) => lead[0], series);
  addSeries(candidates, (lead) => lead.slice(-3, -1), series);
  addSeries(candidates, clauseShape, series);
  addRunsOfShortSentences(paragraphs, series);
  return paragraphs.map((paragraph, index) => (series.has(index) ? (candidates[index] ?? paragraph.match(SHORT_SENTENCE)![0]) : null));
}

/**
 * Three or more paragraphs in a row, after the first, opening with a short sentence that is no
 * dateline of events (不要自行服用抗生素。): bold leads.
 */
const SHORT_SENTENCE = /^[^。！？!?]{4,14}[。！？!?]/u;
const MIN_RUN = 3;

function addRunsOfShortSentences(paragraphs: string[], series: Set<number>): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= MIN_RUN) run.forEach((index) => series.add(index));
    run = [];
  };
  paragraphs.forEach((paragraph, index) => {
    const lead = paragraph.match(SHORT_SENTENCE)?.[0];
    if (index > 0 && lead && !/^\d/u.test(lead) && paragraph.length >= 2 * lead.length) run.push(index);
    else flush();
  });
  flush();
}

/** A first sentence in quotation marks is someone speaking, never a bold lead. */
const QUOTE_OPEN = /^[“「『"‘]/u;

function leadCandidate(paragraph: string): string | null {
  const match = paragraph.match(FIRST_SENTENCE);
  if (!match) return null;
  const lead = match[0];
  if (/^\d/u.test(lead) || QUOTE_OPEN.test(lead)) return null;
  const restLength = paragraph.length - lead.length;
  return restLength >= lead.length && /[，,、]/u.test(lead) ? lead : null;
}

/**
 * `做强主导产业,增强发展后劲。` → "6|2": the first clause's length and the number of clauses, the mark
 * of parallel leads. A two-character opener (同时, 目前) is a connective, not a lead's first clause.
 */
function clauseShape(lead: string): string {
  const clauses = lead.slice(0, -1).split(/[，,、]/u);
  return clauses[0].length < 3 ? `connective ${lead}` : `${clauses[0].length}|${clauses.length}`;
}

function addSeries(candidates: Array<string | null>, key: (lead: string) => string, series: Set<number>): void {
  const groups = new Map<string, number[]>();
  candidates.forEach((lead, index) => {
    if (!lead) return;
    const group = groups.get(key(lead)) ?? [];
    group.push(index);
    groups.set(key(lead), group);
  });
  for (const indexes of groups.values()) {
    if (indexes.length >= MIN_SERIES) indexes.forEach((index) => series.add(index));
  }
}
