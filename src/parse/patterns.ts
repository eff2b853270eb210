import { bilingual } from "./bilingual.js";

const bilingualRegExp = (source: string, flags: string) => bilingual(new RegExp(source, flags));

/**
 * The newspaper's own vocabulary as patterns. Every pattern describes a convention of Chinese
 * newspapers (see NEWSPAPER-CONVENTIONS.md), never the strings of one page.
 */

const HAN = "\\p{Script=Han}";
const OPEN = "[(（〔【\\[]";
const CLOSE = "[)）〕】\\]]";
const COLON = "[:：]";
const DIGITS = "[0-9０-９一二三四五六七八九十〇零]+";
const MONTH_DAY = `${DIGITS}月${DIGITS}日`;

/** Sentence-final marks, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = bilingual(/[。！？!?…；;][”’"'」』）)》]*$|[”’"'」』][。！？!?]?$/u);
/** Marks that end a clause inside a sentence: the text goes on after them. */
export const CLAUSE_MARK = bilingual(/[，,、]$/u);
/** Characters that never open a paragraph: closing marks, clause marks, particles. */
export const CANNOT_OPEN = bilingual(/^[，,。．.、；;：:？?！!）)》」』”’…%％]/u);
/** Particles that cannot open a paragraph when they stand as words of their own (慢慢|地, not 地铁). */
export const PARTICLE = /^[的了着过地得吗呢吧啊么]/u;

/** 电头 datelines at the start of a first paragraph. */
export const DATELINE = bilingualRegExp(
  "^(?:" +
    [
      `本报(?:${HAN}{0,6})?(?:${MONTH_DAY})?讯`,
      "【本报(?:消息|讯)】",
      `本报${HAN}{0,6}${MONTH_DAY}电`,
      `(?:据)?新华社(?:${HAN}{0,8}?)?(?:${MONTH_DAY})?电`,
      `(?:据)?(?:中新社|中通社|中新网|人民网|新华网|央视网|央视新闻|光明网|中国新闻网|澎湃新闻)(?:${HAN}{0,8}?)?(?:${MONTH_DAY})?电`,
      `据${HAN}{2,10}?(?:${MONTH_DAY})?(?:电|讯|报道)`,
      `${HAN}{2,10}?网${HAN}{0,8}?${MONTH_DAY}电`,
      `(?:央视网|新华网|人民网|中新网)消息(?:${OPEN}${HAN}{1,10}${CLOSE})?[：:]`,
    ].join("|") +
    ")",
  "u",
);

/** The bracketed credit right after a dateline: (记者张磊 尹雪), （记者 王伟 通讯员 李娜）. */
export const BRACKETED_CREDIT = bilingualRegExp(`^\\s*${OPEN}([^()（）〔〕【】\\n]{2,60})${CLOSE}\\s*`, "u");

/** A body credited as the source of a short item: （就业指导中心）, （县委宣传部）, （市市场监督管理局供稿）. */
export const SOURCE_CREDIT = /^\p{Script=Han}{2,12}(?:中心|办公室|办|局|委|部|厅|处|科|院|所|站|队|协会|学会|学院|公司|集团|社|台|网|报)(?:供稿)?$/u;

/** A credit in brackets closing a short item: …。(王芳) */
export const TRAILING_CREDIT = bilingualRegExp(`${OPEN}([^()（）〔〕【】\\n]{2,40})${CLOSE}\\s*$`, "u");

export const ROLE_WORDS = bilingual(/^(?:本报|本刊|新华社|人民日报|中新社|中央社|央视|本台|特约)?(?:首席|驻[\p{Script=Han}]{1,4})?(?:记者|通讯员|实习生|实习记者|见习记者|特约记者|评论员|摄影记者|编辑|责任编辑|责编|美编|校对|作者|摄影|摄像|制图|漫画|文[/／]图|图[/／]文|文|图)/u);

/** A byline standing on its own line: 本报记者 赵明, □本报记者 孙丽, 记者 李想 报道, 文/图 本报记者 周洋. */
export const STANDALONE_BYLINE = bilingualRegExp(
  `^[□■◆●◇○]?\\s*(?:(?:本报|本刊|新华社|人民日报|中新社|中央社|本台|特约)?(?:首席|驻\\p{Script=Han}{1,6})?(?:记者|通讯员|实习生|见习记者|特约记者|评论员|摄影记者)|读者|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|文\\s*[/／]|图\\s*[/／])[\\s${HAN}、/／·•]{2,60}$`,
  "u",
);

/** A 副刊 or 理论 author's own line: a box mark, then the name alone (□ 苏　远, □钟离明). */
export const MARKED_NAME = /^[□■]\s*\p{Script=Han}(?:[\s\u3000]{0,3}\p{Script=Han}){1,3}$/u;

/** Photo credits: 摄影:X Y, 本报记者 周洋 摄, 图/X, X供图, X摄（新华社发）, 制图：X, a cartoon's 漫画：X. */
export const PHOTO_CREDIT = bilingualRegExp(
  [
    `^(?:摄影|摄|图片|图|制图|漫画|供图)${COLON}`,
    `^图[/／]`,
    `摄(?:影)?\\s*(?:${OPEN}[^()（）]{1,12}${CLOSE})?$`,
    `供图(?:${OPEN}[^()（）]{1,12}${CLOSE})?$`,
  ].join("|"),
  "u",
);

/** 转版 jump lines: (下转第2版), (上接第1版), (转第4版), 紧接第一版. */
export const JUMP = bilingualRegExp(
  `^${OPEN}?\\s*(?:下转|上接|转|接|紧接|续)第?\\s*[A-Za-zＡ-Ｚ]?${DIGITS}\\s*版(?:[^)）]{0,10})${CLOSE}?$`,
  "u",
);
export const JUMP_TARGET = bilingualRegExp(`第?\\s*([A-Za-zＡ-Ｚ]?${DIGITS})\\s*版`, "u");

/** 版头/眉线 folio parts: a date with weekday, 第N版, the staff credits of the page. */
export const FOLIO_PARTS = [
  new RegExp(`${DIGITS}年${MONTH_DAY}`, "u"),
  /星期[一二三四五六日天]|周[一二三四五六日]/u,
  new RegExp(`第\\s*${DIGITS}\\s*版|^[A-Za-zＡ-Ｚ]\\d{1,2}\\b|\\b[A-Z]\\d{1,2}\\s*版`, "u"),
  /(?:责任编辑|责编|美编|校对|组版|版式|编辑|制版|审读)\s*[:：]?/u,
  /(?:国内统一连续出版物号|CN\s*\d{2}\s*[-－]\s*\d{4})/u,
  /邮发代号/u,
  /主管|主办/u,
  /机关报|准印证|第\s*\d+\s*期/u,
  /\b[A-Z]{3,}\s+(?:DAILY|EVENING|NEWS|TIMES)\b/u,
  /^\p{Script=Han}{1,8}(?:日报|晚报|县报|都市报|时报|周报)[\s\u3000]/u,
].map(bilingual);

/** Section labels (栏目) a page prints as banners. Generic newspaper words, not one paper's. */
export const BANNER_WORDS = bilingual(/^(?:\p{Script=Han}{0,3}(?:新讯|资讯|速递|快报)|简讯|快讯|短讯|图片新闻|今日关注|要闻|本版导读|导读|社论|评论员文章|时评|热点|关注|聚焦|民生|视点|新闻速递|综合新闻|一线传真|基层动态|图说新闻|新闻纵深|特别报道|专题|副刊|国际|国内|体育|文化|广告|公益广告)$/u);

export const NOTICE_TITLE = bilingual(/(?:遗失声明|声明|公告|启事|通告|通知|公示|讣告|招标|拍卖|注销)[:：]?$/u);
export const NOTICE_BODY = bilingual(/(?:特此声明|声明作废|特此公告|予以公告|特此公示|特此讣告|谨此讣告|遗失|作废|招标编号|联系人|报名截止)/u);

export const AD_MARKS = bilingual(/(?:热线|咨询电话|订购电话|服务电话|联系电话|电话|手机|微信号|扫码|扫描二维码|二维码|优惠|特价|促销|招商|加盟|欢迎垂询|地址[:：]|官网|预订|招聘|免费|\d{3,4}[-－]\d{7,8}|1[3-9]\d{9}|400[-－]?\d{3}[-－]?\d{4})/u);

/** Weather boxes and other page furniture. */
export const FURNITURE_MARKS = bilingual(/(?:天气预报|晴转|多云|阴转|小雨|中雨|雷阵雨|气温|℃|风力|级风)/u);

/** Standalone inner subheads: 一、…, （一）…, 1.… */
export const NUMBERED_SUBHEAD = bilingualRegExp(
  `^(?:[一二三四五六七八九十]{1,3}[、.．]|${OPEN}[一二三四五六七八九十]{1,3}${CLOSE}|[0-9０-９]{1,2}[.．、](?![0-9０-９]))`,
  "u",
);

export const CAPTION_START = bilingual(/^(?:图为|上图|下图|左图|右图|中图|图[一二三四1-4]|图片说明|▲|△|↑)/u);

/** 编者按: an editor's note opening an article. */
export const EDITOR_NOTE = bilingual(/^(?:编者按|编者的话|编前|编者)[:：]/u);

/** A package's sub-story credit: an affiliation, two spaces or one full-width space, a name (某大学教授  李明). */
export const AFFILIATION_CREDIT = /^(?![□■◆●◇○])([^。！？!?，,\s\u3000]{4,30})(?:[\s\u3000]{2,}|\u3000)(\p{Script=Han}(?:[\s\u3000]{1,2}\p{Script=Han}|\p{Script=Han}{1,2}))$/u;
/** The editor's note signed at its end: ——编  者. */
export const EDITOR_SIGNATURE = bilingual(/——\s*编\s*者$/u);

export const SUBHEADLINE_START = bilingual(/^(?:——|—|－－|--|──)/u);
export const KICKER_END = bilingual(/[:：,，]$|——$/u);

/** Prepositions, conjunctions and particles a sentence or a headline never ends on. */
export const DANGLING_WORD = /[的在和与及对把被将从向于以而或并让使给由最很更是等应需须]$/u;

export const HAN_CHAR = /\p{Script=Han}/u;
export const PERSON_NAME = bilingual(/^\p{Script=Han}{2,4}$|^\p{Script=Han}{1,3}[·•]\p{Script=Han}{1,6}$/u);

/** The paper's name alone, printed as the first line of its masthead: 雁平周刊 over 雁平日报社主办　CN … */
export const PAPER_NAME = bilingual(/^\p{Script=Han}{2,8}(?:日报|晚报|周刊|周报|时报|都市报|县报|商报|报)$/u);
/** The masthead (报头) names the paper and its publisher: an item of its own, apart from the folio. */
export const MASTHEAD = /主办|出版物号|邮发代号|机关报|准印证|\b[A-Z]{3,}\s+(?:DAILY|EVENING|NEWS|TIMES)\b/u;
