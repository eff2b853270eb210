import type { Person, Role } from "../model/page.js";
import { bilingual } from "./bilingual.js";
import { AFFILIATION_CREDIT, PERSON_NAME } from "./patterns.js";

/**
 * People from a credit as printed: `记者张磊 尹雪`, `记者 王伟 通讯员 李娜`, `文/图 本报记者 周洋`,
 * `摄影:潘晨昱 姜海涛`, `本报记者 周洋 摄`, `本报记者  王  丹`. A role word gives its role to the
 * names after it; a trailing 摄 makes the names before it photographers; a bare name is an author.
 */
const ROLE_TABLE: Array<[RegExp, Role[]]> = ([
  [/^(?:文[/／]图|图[/／]文)/u, ["author", "photographer"]],
  [/^(?:本报|本刊|新华社|人民日报|中新社|中央社|本台)?摄影记者/u, ["photographer"]],
  [/^(?:本报|本刊|新华社|人民日报|中新社|中央社|本台)?(?:见习记者|实习记者|实习生)/u, ["intern"]],
  [/^(?:本报|本刊|新华社|人民日报|中新社|中央社|本台)?(?:首席|特约|驻[\p{Script=Han}]{1,4})?记者/u, ["reporter"]],
  [/^(?:本报)?(?:特约)?通讯员/u, ["correspondent"]],
  [/^(?:本报)?(?:特约)?评论员/u, ["author"]],
  [/^(?:责任编辑|责编|美编|编辑|校对|审读|组版|版式)/u, ["editor"]],
  [/^(?:摄影|摄像|制图|漫画[/／:：]|图片|图[/／:：]|供图)/u, ["photographer"]],
  [/^(?:作者|文[/／:：]|撰文|执笔|读者)/u, ["author"]],
] as Array<[RegExp, Role[]]>).map(([pattern, roles]) => [bilingual(pattern), roles]);
const FILLER = bilingual(/^(?:本报|本刊|新华社|人民日报|中新社|中央社|本台|报道|实习|发|供|[□■◆●◇○]|[:：/／])/u);
const PHOTO_SUFFIX = bilingual(/(?:摄|供图)$/u);
const ORG_SUFFIX = bilingual(/(?:局|委|部|厅|办|中心|公司|集团|协会|学会|医院|学校|大学|社|台|馆|所|站|队|院|会|区|县|市|省|镇|乡|村|园|网|报|组|处|科|景区|基地|单位|政府)$/u);

interface CreditToken {
  roles?: Role[];
  name?: string;
  photoSuffix?: boolean;
}

export function parseCredit(raw: string): Person[] {
  const affiliation = raw.match(AFFILIATION_CREDIT);
  if (affiliation && !ROLE_TABLE.some(([pattern]) => pattern.test(affiliation[1].trim()))) {
    return [{ name: affiliation[2].replace(/[\s\u3000]/gu, ""), role: "author" }];
  }
  const tokens = mergePaddedNames(tokenize(raw));
  const people: Person[] = [];
  let roles: Role[] | null = null;
  let sinceRole: Person[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.roles?.includes("photographer") && index === tokens.length - 1 && sinceRole.length > 0) {
      markPhotographers(people, sinceRole);
      continue;
    }
    if (token.roles) {
      roles = combineRoles(roles, token.roles, sinceRole.length === 0);
      sinceRole = [];
      continue;
    }
    if (token.name) {
      for (const role of roles ?? ["author"]) {
        const person = { name: token.name, role };
        people.push(person);
        sinceRole.push(person);
      }
    }
    if (token.photoSuffix) markPhotographers(people, sinceRole.length ? sinceRole : people);
  }
  return dedupe(people);
}

/** `文/图` then `本报记者`: the writer is a reporter and still the photographer. */
function combineRoles(previous: Role[] | null, next: Role[], adjacent: boolean): Role[] {
  if (adjacent && previous?.includes("photographer") && previous.includes("author")) {
    return [...next.filter((role) => role !== "photographer"), "photographer"];
  }
  return next;
}

function markPhotographers(people: Person[], credited: Person[]): void {
  const names = new Set(credited.map((person) => person.name));
  for (let i = people.length - 1; i >= 0; i--) {
    if (names.has(people[i].name)) people.splice(i, 1);
  }
  for (const name of names) people.push({ name, role: "photographer" });
}

const SEPARATORS = /[\s\u3000、，,;；()（）〔〕【】\[\]]+|(?<=\p{Script=Han}{2})[/／]/u;
/** `台中報導`, `采访整理`, an agency's `嵐港18日電` (a two-character place, the usual): where and how the story was got, not a name. */
const REPORTING_SUFFIX = bilingual(/(?:\p{Script=Han}{0,4}报[道导]|(?:采访)?整理|联合报道|\p{Script=Han}{2}\d{1,2}日电)$/u);

/** `文 / 杜一舟`, `文 / 图`: the slash of a role word set off by spaces. */
const SPACED_ROLE_SLASH = bilingual(/(?<=(?:^|[\s\u3000])[文图])[\s\u3000]*([/／])[\s\u3000]*/gu);

function tokenize(raw: string): CreditToken[] {
  const tokens: CreditToken[] = [];
  for (const piece of raw.replace(SPACED_ROLE_SLASH, "$1").split(SEPARATORS)) {
    tokens.push(...tokenizePiece(piece.replace(REPORTING_SUFFIX, "")));
  }
  return tokens;
}

function tokenizePiece(piece: string): CreditToken[] {
  const tokens: CreditToken[] = [];
  let rest = piece;
  while (rest.length > 0) {
    const role = ROLE_TABLE.find(([pattern]) => pattern.test(rest));
    if (role) {
      const length = rest.match(role[0])![0].length;
      tokens.push({ roles: role[1] });
      rest = stripSeparators(rest.slice(length));
      continue;
    }
    const filler = rest.match(FILLER);
    if (filler) {
      rest = rest.slice(filler[0].length);
      continue;
    }
    tokens.push(nameToken(rest));
    break;
  }
  return tokens;
}

function stripSeparators(text: string): string {
  return text.replace(/^[:：/／]+/u, "");
}

function nameToken(text: string): CreditToken {
  const photoSuffix = PHOTO_SUFFIX.test(text) && text.length > 1;
  const name = photoSuffix ? text.replace(PHOTO_SUFFIX, "") : text;
  if (/^[摄攝]$/u.test(name)) return { photoSuffix: true };
  return { name: isPersonName(name) || name.length === 1 ? name : undefined, photoSuffix };
}

export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && !ORG_SUFFIX.test(text);
}

/** `王  丹`: two-character names padded to the width of three come apart as two single characters. */
function mergePaddedNames(tokens: CreditToken[]): CreditToken[] {
  const merged: CreditToken[] = [];
  for (const token of tokens) {
    const last = merged[merged.length - 1];
    if (token.name?.length === 1 && last?.name?.length === 1 && !last.photoSuffix) {
      last.name += token.name;
      last.photoSuffix = token.photoSuffix;
      continue;
    }
    merged.push({ ...token });
  }
  return merged.filter((token) => token.roles || token.photoSuffix || (token.name && token.name.length > 1));
}

function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = `${person.name}\u0000${person.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a text is nothing but a credit: role words and names. */
export function isCreditOnly(raw: string): boolean {
  const tokens = mergePaddedNames(tokenize(raw));
  const hasName = tokens.some((token) => token.name);
  const leftover = raw.split(SEPARATORS).some((piece) => piece.replace(REPORTING_SUFFIX, "").length > 12);
  return hasName && !leftover && tokens.every((token) => token.roles || token.name || token.photoSuffix);
}
