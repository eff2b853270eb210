/**
 * Context features as integer templates: a feature is a template (`tag={tag}|{pos}`) and up to three values, each an
 * id in the vocabulary of its slot's kind. Training renders them as the strings the model stores; inference reads the
 * model's strings once into one table indexed by (template, value ids), so it builds no strings.
 */

/** Kinds of value a template slot holds. Fixed kinds have a closed list of values; open ones a vocabulary. */
const FIXED_KINDS = {
  pos: ["B", "M", "E", "S"],
  cls: ["edge", "han", "digit", "latin", "punct"],
  num: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  bool: ["false", "true"],
} as const;
const OPEN_KINDS = ["word", "tag", "char", "kind"] as const;
type FixedKind = keyof typeof FIXED_KINDS;
type OpenKind = (typeof OPEN_KINDS)[number];
type Kind = FixedKind | OpenKind;

/** Lexicon facts about a word (see `lexiconFacts`); each gives three templates: the word's, the next word's, the previous word's. */
export const FACTS = ["division", "country", "placeSuffix", "orgSuffix", "compoundSurname", "surnameWord", "abbrevRun", "title", "afterPerson", "body"] as const;

const NAMED_TEMPLATES = {
  tag: "tag={tag}|{pos}", ptag: "ptag={tag}|{pos}", ntag: "ntag={tag}|{pos}", len: "len={num}|{tag}|{pos}", ptag2: "ptag2={tag}|{tag}|{tag}",
  w: "w={word}|{pos}", pw: "pw={word}", nw: "nw={word}", orgReach: "orgReach={num}|{pos}", orgReachTag: "orgReachTag={num}|{tag}",
  bias: "bias", cls: "cls={cls}|{cls}|{cls}", compoundSurnameHere: "compoundSurnameHere", surnameNext: "surname+1={char}",
  surnameClass: "surnameClass={cls}{cls}", afterSurname: "afterSurname", twoAfterSurname: "twoAfterSurname",
  surnameGiven: "surnameGiven={bool}|{bool}", givenNameChar: "givenNameChar={bool}|{bool}",
  orgSuffixEnds: "orgSuffixEnds|{num}", orgSuffixNext: "orgSuffixNext|{num}", placeCharNext: "placeCharNext", surname: "surname|{pos}|{tag}",
  abbrev: "abbrev|{pos}", abbrevPrev: "abbrevPrev={char}", abbrevNext: "abbrevNext={char}", abbrevPair: "abbrevPair={bool}|{bool}|{pos}",
  placeChar: "placeChar|{pos}", translit: "translit={pos}|{num}", dict: "dict={kind}|{pos}", dictB: "dictB={kind}|{num}", dictE: "dictE={kind}|{num}",
} as const;
const FACT_FORMATS = [...FACTS.map((f) => `${f}|{pos}`), ...FACTS.map((f) => `next:${f}|{pos}`), ...FACTS.map((f) => `prev:${f}|{pos}`)];

interface Template {
  /** The literal text before the first slot (the whole feature when it has none). */
  head: string;
  kinds: Kind[];
  /** Literal text after each slot. */
  tails: string[];
  /** Matches the rest of a feature string after `head`, one group per slot. */
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function parseFormat(format: string): Template {
  const pieces = format.split(/\{(\w+)\}/);
  const kinds = pieces.filter((_, k) => k % 2 === 1) as Kind[];
  const tails = pieces.filter((_, k) => k % 2 === 0).slice(1);
  const group = (kind: Kind) => (kind in FIXED_KINDS ? `(${FIXED_KINDS[kind as FixedKind].join("|")})` : "(.*)");
  const pattern = new RegExp(`^${kinds.map((kind, k) => group(kind) + escape(tails[k])).join("")}$`, "s");
  return { head: pieces[0], kinds, tails, pattern };
}

const FORMATS = [...Object.values(NAMED_TEMPLATES), ...FACT_FORMATS];
const TEMPLATES = FORMATS.map(parseFormat);

/** Template ids by name, and of the fact templates by fact index. */
export const T = Object.fromEntries(Object.keys(NAMED_TEMPLATES).map((name, t) => [name, t])) as Record<keyof typeof NAMED_TEMPLATES, number>;
export const FACT_T = FACTS.map((_, f) => Object.keys(NAMED_TEMPLATES).length + f);
export const NEXT_FACT_T = FACT_T.map((t) => t + FACTS.length);
export const PREV_FACT_T = FACT_T.map((t) => t + 2 * FACTS.length);

/** Ids of the values of open kinds. Open vocabularies add every new value; closed ones answer -1 for values the model never uses. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  /** Ids of single UTF-16 units, -1 unknown (or not yet seen). */
  private readonly unitIds = new Int32Array(0x10000).fill(-1);

  constructor(public open: boolean) {}

  id(value: string): number {
    const known = this.ids.get(value);
    if (known !== undefined || !this.open) return known ?? -1;
    this.ids.set(value, this.values.length);
    if (value.length === 1) this.unitIds[value.charCodeAt(0)] = this.values.length;
    return this.values.push(value) - 1;
  }

  /** The id of `text[j]`, or of `fallback` outside the text. */
  unitAt(text: string, j: number, fallback: string): number {
    if (j < 0 || j >= text.length) return this.id(fallback);
    const id = this.unitIds[text.charCodeAt(j)];
    return id >= 0 || !this.open ? id : this.id(text[j]);
  }
}

export type Vocabularies = Record<OpenKind, Vocabulary>;

export function vocabularies(open: boolean): Vocabularies {
  return Object.fromEntries(OPEN_KINDS.map((kind) => [kind, new Vocabulary(open)])) as Vocabularies;
}

function valueName(vocab: Vocabularies, kind: Kind, id: number): string {
  return kind in FIXED_KINDS ? FIXED_KINDS[kind as FixedKind][id] : vocab[kind as OpenKind].values[id];
}

/** The string of feature (t, a, b, c), as the model stores it. */
export function renderFeature(vocab: Vocabularies, t: number, a: number, b: number, c: number): string {
  const { head, kinds, tails } = TEMPLATES[t];
  const ids = [a, b, c];
  return kinds.reduce((s, kind, k) => s + valueName(vocab, kind, ids[k]) + tails[k], head);
}

/** Template ids by the head of their features: the text up to the first "=" or "|", or the whole feature. */
const TEMPLATE_BY_HEAD = new Map(TEMPLATES.map(({ head }, t) => [head, t]));

function headOf(feature: string): string {
  const end = feature.search(/[=|]/);
  return end < 0 ? feature : feature.slice(0, end + 1);
}

/** The template and value ids of a feature string (adding its values to `vocab`), or undefined if it fits no template. */
export function parseFeature(vocab: Vocabularies, feature: string): [t: number, a: number, b: number, c: number] | undefined {
  const head = headOf(feature);
  const t = TEMPLATE_BY_HEAD.get(head);
  const match = t === undefined ? null : TEMPLATES[t].pattern.exec(feature.slice(head.length));
  if (t === undefined || !match) return undefined;
  const ids = TEMPLATES[t].kinds.map((kind, k) =>
    kind in FIXED_KINDS ? (FIXED_KINDS[kind as FixedKind] as readonly string[]).indexOf(match[k + 1]) : vocab[kind as OpenKind].id(match[k + 1]),
  );
  return [t, ids[0] ?? 0, ids[1] ?? 0, ids[2] ?? 0];
}

/**
 * Feature ids of the context features of a model, indexed by (template, value ids): `featureId(t, a, b, c)` is one
 * multiply-add and one array read. Built from the model's feature strings; the vocabularies are then closed.
 */
export class ContextFeatureTable {
  readonly vocab = vocabularies(true);
  /** Per template: where its block of the table starts, and the sizes of its second and third slots' kinds. */
  private readonly offsets = new Int32Array(TEMPLATES.length);
  private readonly sizes1 = new Int32Array(TEMPLATES.length);
  private readonly sizes2 = new Int32Array(TEMPLATES.length);
  private readonly ids: Int32Array;

  /** `features`: [feature string, feature id] of every context feature of the model; throws on one that fits no template. */
  constructor(features: Iterable<[string, number]>) {
    const parsed: Array<[number, number, number, number, number]> = [];
    for (const [feature, id] of features) {
      const tabc = parseFeature(this.vocab, feature);
      if (!tabc) throw new Error(`NER model feature fits no template: ${feature}`);
      parsed.push([...tabc, id]);
    }
    for (const kind of OPEN_KINDS) this.vocab[kind].open = false;
    let size = 0;
    TEMPLATES.forEach(({ kinds }, t) => {
      const [n0, n1, n2] = [0, 1, 2].map((k) => (kinds[k] ? this.kindSize(kinds[k]) : 1));
      [this.offsets[t], this.sizes1[t], this.sizes2[t]] = [size, n1, n2];
      size += n0 * n1 * n2;
    });
    this.ids = new Int32Array(size).fill(-1);
    for (const [t, a, b, c, id] of parsed) this.ids[this.key(t, a, b, c)] = id;
  }

  private kindSize(kind: Kind): number {
    return kind in FIXED_KINDS ? FIXED_KINDS[kind as FixedKind].length : this.vocab[kind as OpenKind].values.length;
  }

  private key(t: number, a: number, b: number, c: number): number {
    return this.offsets[t] + (a * this.sizes1[t] + b) * this.sizes2[t] + c;
  }

  /** The model's id of feature (t, a, b, c), -1 if it has none (or a value is unknown, -1). */
  featureId(t: number, a: number, b: number, c: number): number {
    return (a | b | c) < 0 ? -1 : this.ids[this.key(t, a, b, c)];
  }
}
