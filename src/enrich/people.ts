import type { NerSpan } from "./ner-model.js";
import type { TaggedToken } from "./segmenter.js";
import type { PersonMention } from "./types.js";

/** Words a title or role ends with. */
const TITLE_END =
  /(书记|主席|副主席|总统|总理|部长|省长|市长|县长|区长|镇长|乡长|村长|厅长|局长|处长|科长|主任|委员|常委|代表|经理|董事长|总裁|院长|校长|所长|队长|社长|会长|秘书长|教授|院士|老师|教练|记者|通讯员|工作人员|负责人|民警|医生|护士|工程师|村民|居民|志愿者|员|长|官)$/;
/** Tags of words that can be part of a title: nouns, organisation and place names, abbreviations, place words. */
const TITLE_TAGS = /^(n|nt|ns|nz|j|s|b|vn|an|ng|f)$/;
const MAX_TITLE_TOKENS = 4;

/** The title written right before a name: 省委书记景俊海 → 省委书记, 现场工作人员梁大猛 → 现场工作人员. */
function titleBefore(endingAt: Map<number, TaggedToken>, nameStart: number): string | undefined {
  const run: TaggedToken[] = [];
  for (let t = endingAt.get(nameStart); t && run.length < MAX_TITLE_TOKENS && TITLE_TAGS.test(t.tag); t = endingAt.get(t.start)) {
    run.unshift(t);
  }
  const title = run.map((t) => t.word).join("");
  return TITLE_END.test(title) ? title : undefined;
}

/** People named in the text, with the title the text gives them. Single characters (姓 alone) are left out. */
export function peopleFrom(text: string, spans: NerSpan[], tokens: TaggedToken[]): PersonMention[] {
  const endingAt = new Map(tokens.map((t) => [t.end, t] as const));
  return spans
    .filter((s) => s.type === "PER" && s.end - s.start >= 2)
    .map((s) => {
      const name = text.slice(s.start, s.end);
      const title = titleBefore(endingAt, s.start);
      return { text: name, start: s.start, end: s.end, name, ...(title ? { title } : {}) };
    });
}
