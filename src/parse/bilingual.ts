/**
 * Papers in Traditional Chinese print the same conventions (記者, 攝, 本報訊): every pattern
 * accepts both forms of the characters it names. The text itself is never converted.
 */
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  (
    "记記 报報 讯訊 摄攝 实實 习習 编編 辑輯 责責 图圖 员員 导導 电電 据據 华華 声聲 启啟 广廣 发發 见見 约約 评評 论論 " +
    "读讀 组組 审審 态態 递遞 线綫線 传傳 闻聞 际際 国國 简簡 题題 专專 热熱 话話 询詢 码碼 扫掃 维維 号號 优優 价價 销銷 " +
    "订訂 购購 务務 联聯 气氣 预預 阵陣 风風 级級 云雲 转轉 续續 紧緊 网網 视視 遗遺 讣訃 标標 卖賣 执執 为為 镇鎮 县縣 " +
    "区區 乡鄉 园園 馆館 队隊 会會 协協 学學 医醫 团團 办辦 厅廳 处處 长長 说說 纵縱 观觀 点點 产產 艺藝 经經 济濟 时時 礼禮 鸟鳥 饼餅 门門"
  )
    .split(" ")
    .map((forms) => [forms[0], forms.slice(1)]),
);

/** The same pattern, matching Traditional forms of the characters too. */
export function bilingual(pattern: RegExp): RegExp {
  let source = "";
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const char = pattern.source[i];
    if (char === "\\") {
      source += char + pattern.source[++i];
      continue;
    }
    if (char === "[") inClass = true;
    if (char === "]") inClass = false;
    const traditional = TRADITIONAL[char];
    source += traditional ? (inClass ? char + traditional : `[${char}${traditional}]`) : char;
  }
  return new RegExp(source, pattern.flags);
}
