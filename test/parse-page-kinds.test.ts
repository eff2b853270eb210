import { describe, expect, it } from "vitest";
import { parseCredit } from "../src/parse/credits.js";
import { parsePage } from "../src/parse/index.js";

const page = (...blocks: string[]) => parsePage(blocks.join("\n\n"));
const paragraphs = (text: string) => page(text).articles.flatMap((article) => article.body.map((block) => block.text));

describe("副刊 and 理论 pages", () => {
  it("takes a poem printed one line a block as paragraphs under its boxed byline", () => {
    const [poem] = page(
      "写给四月的田野",
      "□ 苏　远",
      "四月把犁铧交给父亲",
      "把一整片天空",
      "交给刚刚返青的麦苗",
      "风从河湾那边吹过来",
      "作者简介：苏远，青岚县沙河镇人，县作家协会会员。",
    ).articles;
    expect(poem.headline).toBe("写给四月的田野");
    expect(poem.byline).toBe("□ 苏　远");
    expect(poem.people).toEqual([{ name: "苏远", role: "author" }]);
    expect(poem.body.map((block) => block.text)).toEqual([
      "四月把犁铧交给父亲",
      "把一整片天空",
      "交给刚刚返青的麦苗",
      "风从河湾那边吹过来",
      "作者简介：苏远，青岚县沙河镇人，县作家协会会员。",
    ]);
  });

  it("keeps three short lines under a headline as titles: too few for a poem", () => {
    const articles = page("写给四月的田野", "□ 苏　远", "四月把犁铧交给父亲", "把一整片天空", "交给刚刚返青的麦苗").articles;
    expect(articles.flatMap((article) => article.body)).toEqual([]);
  });

  it("reads a boxed name with a compound surname as the author's byline", () => {
    const [article] = page("读懂“慢功夫”里的为民情怀", "□ 钟离明", "前不久，笔者到几个村庄走访，听到最多的是一句话。").articles;
    expect(article.headline).toBe("读懂“慢功夫”里的为民情怀");
    expect(article.people).toEqual([{ name: "钟离明", role: "author" }]);
  });

  it("reads a bare name right above the body as the byline when it is a surname and a given name", () => {
    const [article] = page("以“小切口”推动基层治理“大变化”", "杨志衡", "基层是社会治理的基础和重心。近年来，各地从群众身边事做起。").articles;
    expect(article.byline).toBe("杨志衡");
    expect(article.people).toEqual([{ name: "杨志衡", role: "author" }]);
  });

  it("keeps a dictionary word under a headline as a title, though it starts with a surname character", () => {
    const [article] = page("今年粮食生产形势好", "高质量", "今年以来，全县粮食生产形势总体向好。").articles;
    expect(article.byline).toBeNull();
  });

  it("keeps a short headline over its ——subheadline instead of taking it as a column label", () => {
    const [article] = page("在书页间听雨", "——读长篇小说《河湾往事》", "□ 何晚晴", "读《河湾往事》是在一个连阴雨的周末。").articles;
    expect(article.headline).toBe("在书页间听雨");
    expect(article.subheadline).toBe("——读长篇小说《河湾往事》");
    expect(article.people).toEqual([{ name: "何晚晴", role: "author" }]);
  });

  it("reads `文 / 杜一舟`, spaces round the slash, as an author's byline", () => {
    const [article] = page("补鞋匠", "文 / 杜一舟", "菜市场门口的补鞋摊，老罗摆了二十三年。").articles;
    expect(article.headline).toBe("补鞋匠");
    expect(article.byline).toBe("文 / 杜一舟");
    expect(parseCredit("文 / 图　本报记者　梁　晓")).toEqual([
      { name: "梁晓", role: "reporter" },
      { name: "梁晓", role: "photographer" },
    ]);
  });
});

describe("readers' pages", () => {
  it("takes a letter's own-line `读者　X` signature as its byline, not a paragraph", () => {
    const [letter, next] = page(
      "小区门口的路灯何时能亮?",
      "编辑同志:我家住在丰泽小区,小区门口的路灯已经坏了两个多月。",
      "读者　葛春生",
      "路灯线路已列入本月维修计划",
      "本报讯(记者 邵一鸣)接到读者来信后,记者来到现场查看。",
    ).articles;
    expect(letter.byline).toBe("读者　葛春生");
    expect(letter.people).toEqual([{ name: "葛春生", role: "author" }]);
    expect(letter.body).toHaveLength(1);
    expect(next.headline).toBe("路灯线路已列入本月维修计划");
  });

  it("keeps a reader's question ending in `?` as a paragraph, not a headline", () => {
    expect(
      paragraphs(
        ["异地就医怎么备案?", "本报记者　柯　蓝", "读者 吴女士问:异地就医怎么报销?", "答:可以。先办理异地长期居住备案。", "读者 郑先生问:没来得及备案怎么办?", "答:可以在出院结算前补办备案手续。"].join("\n\n"),
      ),
    ).toEqual(["读者 吴女士问:异地就医怎么报销?", "答:可以。先办理异地长期居住备案。", "读者 郑先生问:没来得及备案怎么办?", "答:可以在出院结算前补办备案手续。"]);
  });
});

describe("furniture and datelines", () => {
  it("reads an ad whose phone number follows 查詢 as an ad, not a headline", () => {
    const { items, articles } = page("暑期英語強化班　小班教學　名額有限　查詢：2345 6789　明思教育中心", "北坪區小學試行功課輔導", "記者 林樂欣", "北坪區兩間資助小學由本學期起試行校內功課輔導計劃。");
    expect(items.map((item) => item.kind)).toEqual(["ad"]);
    expect(articles[0].headline).toBe("北坪區小學試行功課輔導");
  });

  it("cuts a 中通社 dateline off the first paragraph", () => {
    const [article] = page("兩地青年教師交流營開營", "中通社江濱5月5日電　由多所師範院校合辦的青年教師交流營昨日開營。").articles;
    expect(article.dateline).toBe("中通社江濱5月5日電");
    expect(article.people).toEqual([]);
  });

  it("makes a results box one item: its heading and rows of scores", () => {
    const { items, articles } = page(
      "赛果速览",
      "男足甲级联赛第26轮:京山城建 2:1 沙河港务;东湖青年 0:0 北川",
      "女排联赛首轮:京山女排 3:1 北川女排;澜州女排 3:0 宁水女排",
      "全民健身长跑赛鸣枪",
      "本报讯(记者 郝　甜)10月6日,全民健身长跑赛在京山鸣枪开跑。",
    );
    expect(items.map((item) => [item.kind, item.text])).toEqual([
      ["other", "赛果速览\n男足甲级联赛第26轮:京山城建 2:1 沙河港务;东湖青年 0:0 北川\n女排联赛首轮:京山女排 3:1 北川女排;澜州女排 3:0 宁水女排"],
    ]);
    expect(articles.map((article) => article.body.length)).toEqual([1]);
  });

  it("makes the lines over an ad, a dotted label among them, part of the ad", () => {
    const bank = page("雁北银行“夏日理财季”", "多款理财产品限时发售　业绩比较基准3.10%起", "理财非存款　产品有风险　投资须谨慎　客服电话：96588").items;
    expect(bank.map((item) => item.kind)).toEqual(["ad"]);
    expect(bank[0].text.split("\n")).toHaveLength(3);
    const store = page("河阳百货·六月家电以旧换新", "最高补贴800元　活动时间:6月10日至6月30日　咨询电话:0379-6211 5800").items;
    expect(store.map((item) => [item.kind, item.text.split("\n").length])).toEqual([["ad", 2]]);
  });

  it("keeps the paper's own hotline and prompts as furniture of their own, not ads", () => {
    const { items } = page("民生热线:0379-96180　短信:1069 8888 6180　我们的承诺:件件有回音", "扫码关注“河阳晚报民生版”,反映您身边的难题");
    expect(items.map((item) => item.kind)).toEqual(["other", "other"]);
  });

  it("reads a lone short label over a notice as a banner and a long 关于…的公告 as the notice's title", () => {
    const { items } = page(
      "政务公开",
      "关于城南大道部分路段实行临时交通管制的公告",
      "因城南大道管网改造施工需要，对部分路段实行临时交通管制。",
      "特此公告。",
      "澄溪县公安局交通警察大队",
      "2025年3月27日",
    );
    expect(items.map((item) => [item.kind, item.text.split("\n").length])).toEqual([
      ["banner", 1],
      ["notice", 5],
    ]);
  });
});

describe("专版 packages and column labels", () => {
  const packagePage = () =>
    page(
      "专版·文旅融合看岱溪　中共岱溪县委宣传部　乔山日报社联办",
      "山水为笔　绘就文旅融合新画卷",
      "——岱溪县推动文化和旅游深度融合发展纪实",
      "编者按：近年来，岱溪县立足山水资源和历史文化优势。本版今日推出专题报道，展现岱溪文旅融合发展的新变化、新气象。——编　者",
      "秋日的岱溪县云台山景区层林尽染。",
      "岱溪县文化和旅游局供图",
      "古村“活”起来\n本报记者　沈砚秋　通讯员　詹　禾",
      "青石板路、马头墙、百年老戏台……走进岱溪县溪口村，一幅徽派古村画卷徐徐展开。",
      "“以前想着出去打工，现在家门口就能挣钱。”在村里经营一家竹编工坊的村民章巧云说，古村重新热闹了起来。",
      "非遗“火”起来\n本报记者　沈砚秋",
      "在岱溪县非遗文化街区，剪纸、木雕、古法造纸等12个非遗项目的传承人在这里开设了工作室。",
      "“徒步、骑行、露营，岱溪的山水越来越好玩了！”周末，来自乔山市区的户外爱好者房一鸣带着朋友来到岱溪县云台山。",
      "答好文旅融合“时代答卷”\n岱溪县文化和旅游局局长　郑书言",
      "文旅融合，既是发展之需，也是民生之盼。",
    );

  it("reads a line naming the bodies that run a special page (…联办) as its banner", () => {
    const parsed = packagePage();
    expect(parsed.items.find((item) => item.kind === "banner")?.text).toBe("专版·文旅融合看岱溪　中共岱溪县委宣传部　乔山日报社联办");
    expect(parsed.articles[0].headline).toBe("山水为笔　绘就文旅融合新画卷");
  });

  it("keeps the sub-stories of a package under a signed editor's note in one article, whatever their credit lines", () => {
    const [article, ...others] = packagePage().articles;
    expect(others).toEqual([]);
    expect(article.body.filter((block) => block.kind === "subhead").map((block) => block.text)).toEqual([
      "古村“活”起来",
      "非遗“火”起来",
      "答好文旅融合“时代答卷”",
    ]);
    expect(article.people).toEqual([
      { name: "沈砚秋", role: "reporter" },
      { name: "詹禾", role: "correspondent" },
      { name: "郑书言", role: "author" },
    ]);
  });

  it("never takes a first sentence in quotation marks for a bold lead", () => {
    const [article] = packagePage().articles;
    expect(article.body.some((block) => block.lead?.startsWith("“"))).toBe(false);
  });

  it("reads a short label over a kicker and its headline as the column's banner", () => {
    const parsed = page("健康大讲堂", "专家支招：", "孩子近视度数涨得快，暑假该怎么防？", "本报记者　钟　岚", "暑假来临，不少家长担心孩子的视力。");
    expect(parsed.items.map((item) => [item.kind, item.text])).toEqual([["banner", "健康大讲堂"]]);
    expect(parsed.articles[0].kicker).toBe("专家支招：");
    expect(parsed.articles[0].headline).toBe("孩子近视度数涨得快，暑假该怎么防？");
  });
});

describe("datelines and breaks of short items", () => {
  it("reads a Macau 【本報消息】 as a dateline with no credit", () => {
    const [article] = page("濠興大馬路巴士專道下月試行", "【本報消息】交通事務局昨日公佈，濠興大馬路巴士專道將於十月八日起試行。").articles;
    expect(article.dateline).toBe("【本報消息】");
    expect(article.people).toEqual([]);
    expect(article.body[0].text).toBe("交通事務局昨日公佈，濠興大馬路巴士專道將於十月八日起試行。");
  });

  it("joins a break whose second half closes the item on a credit, and gives the title between to the body after it", () => {
    const articles = parsePage(
      [
        "白沙镇“稻渔共生”喜获丰收",
        "近日，白沙镇3000亩“稻+虾”共生基地迎来小龙虾收获季。该镇计划明年将稻渔共生面积扩大到5000亩，带动更多",
        "柳塘镇为老人免费体检",
        "农户增收致富。（卜　岚）",
        "8月14日，柳塘镇卫生院的医护人员走进镇敬老院，为全镇65岁以上老年人开展免费健康体检。（通讯员　甘思远）",
      ].join("\n"),
    ).articles;
    expect(articles.map((article) => [article.headline, article.body.map((block) => block.text), article.byline])).toEqual([
      ["白沙镇“稻渔共生”喜获丰收", ["近日，白沙镇3000亩“稻+虾”共生基地迎来小龙虾收获季。该镇计划明年将稻渔共生面积扩大到5000亩，带动更多农户增收致富。"], "（卜　岚）"],
      ["柳塘镇为老人免费体检", ["8月14日，柳塘镇卫生院的医护人员走进镇敬老院，为全镇65岁以上老年人开展免费健康体检。"], "（通讯员　甘思远）"],
    ]);
  });
});

describe("titles between the halves of a break", () => {
  it("gives a title between the halves to the undated short item after the second half, closed by its own credit", () => {
    const articles = page(
      "主场2:1逆转 汐城海鸥队重回榜首",
      "本报讯(记者 俞昊天 实习生 乐安琪)7月11日晚,省城市足球联赛第十轮在汐城奥体中心打响。",
      "上半场第31分钟,客队利用角球机会率先破门。主教练表示,球队展现了顽强的斗志,但防守中暴露的问题也需要在接下来的",
      "社区篮球场“夜场”火了",
      "比赛中尽快解决。",
      "晚上8点,汐城滨海路社区的灯光篮球场上依然热闹。“下班后来打一场球,特别放松。”参赛的程序员贝文杰说。(实习生 乐安琪)",
    ).articles;
    expect(articles.map((article) => [article.headline, article.body.length, article.byline])).toEqual([
      ["主场2:1逆转 汐城海鸥队重回榜首", 2, "本报讯(记者 俞昊天 实习生 乐安琪)"],
      ["社区篮球场“夜场”火了", 1, "(实习生 乐安琪)"],
    ]);
  });
});

describe("a leader cut by a jump", () => {
  it("keeps the commentary's headline, printed between the halves of the leader's break, over the 本报评论员 after the jump", () => {
    const articles = page(
      "奋力谱写中国式现代化岚江篇章",
      "本报记者　邵长河　罗　缨",
      "春风拂过澜川两岸，岚州城里处处涌动着奋进的热潮。",
      "“目标既积极又稳妥，我们干劲更足了。”来自澜川市的省人大代表、",
      "以实干实绩回应人民期待",
      "村党支部书记樊秋菊说，乡亲们最盼的是产业旺、日子好，她将把大会精神带回村里，带着",
      "（下转第3版）",
      "本报评论员",
      "一年之计在于春。省十四届人大五次会议的召开，为全省上下明确了新一年的奋斗方向。",
    ).articles;
    expect(articles.map((article) => [article.headline, article.byline, article.body.length])).toEqual([
      ["奋力谱写中国式现代化岚江篇章", "本报记者　邵长河　罗　缨", 2],
      ["以实干实绩回应人民期待", "本报评论员", 1],
    ]);
  });
});

describe("tables and program boxes", () => {
  it("makes a table (title, header row, rows of figures on single newlines) one item, out of the article", () => {
    const parsed = parsePage(
      [
        "工业生产加快回升。一季度，全市规模以上工业增加值同比增长8.2%，比上年全年提高1.5个百分点。",
        "一季度全市主要经济指标\n指标　　绝对值　　同比增长\n地区生产总值　1286.4亿元　6.1%\n规上工业增加值　——　8.2%\n固定资产投资　——　5.9%",
        "投资结构持续改善。全市固定资产投资同比增长5.9%，其中工业投资增长14.6%。",
      ].join("\n\n"),
    );
    expect(parsed.items.map((item) => [item.kind, item.text])).toEqual([
      ["other", "一季度全市主要经济指标\n指标　　绝对值　　同比增长\n地区生产总值　1286.4亿元　6.1%\n规上工业增加值　——　8.2%\n固定资产投资　——　5.9%"],
    ]);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0].body).toHaveLength(2);
  });

  it("joins the halves of a break across a program box standing between them", () => {
    const parsed = page(
      "《渔火》首演获好评",
      "本报讯（记者　苏念真）7月9日晚，原创话剧《渔火》在汐城大剧院首演。该剧讲述了三代渔民从出海捕鱼到经营渔家民宿的故事，",
      "演出预告\n7月18日　19:30　《渔火》　汐城大剧院\n7月20日　19:30　“夏夜星空”交响音乐会　汐城音乐厅\n7月25日　20:00　木偶剧《海龙王》　文化宫小剧场",
      "展现了海边人家敢闯敢拼的精神风貌。演出结束后，观众起立鼓掌长达数分钟。",
    );
    expect(parsed.articles[0].body.map((block) => block.text)).toEqual([
      "7月9日晚，原创话剧《渔火》在汐城大剧院首演。该剧讲述了三代渔民从出海捕鱼到经营渔家民宿的故事，展现了海边人家敢闯敢拼的精神风貌。演出结束后，观众起立鼓掌长达数分钟。",
    ]);
    expect(parsed.items.map((item) => [item.kind, item.text])).toEqual([
      ["other", "演出预告\n7月18日　19:30　《渔火》　汐城大剧院\n7月20日　19:30　“夏夜星空”交响音乐会　汐城音乐厅\n7月25日　20:00　木偶剧《海龙王》　文化宫小剧场"],
    ]);
  });
});

describe("furniture at the foot of a page", () => {
  it("reads the paper's name with the page number and section as a folio", () => {
    const parsed = page("黄桃“出山”有了新路子", "本报讯（通讯员 蓝溪）近日，石门镇黄桃迎来采摘季。", "青潭县报　第3版　乡镇");
    expect(parsed.items.map((item) => [item.kind, item.text])).toEqual([["folio", "青潭县报　第3版　乡镇"]]);
  });

  it("keeps a one-block 遗失声明 apart from the notice before it, and the paper's hotline apart from both", () => {
    const parsed = page(
      "寻人启事",
      "付某某,男,76岁,身高约1.65米,于5月16日下午从澄川市北湖区家中走失。如有知情者,请联系:13907621845(付女士),必有重谢!",
      "遗失声明　澄川市晨曦餐饮管理有限公司遗失公章一枚,编号:3601020156788,声明作废。",
      "澄川晚报新闻热线:0791-86118888　微信公众号:澄川晚报",
    );
    expect(parsed.items.map((item) => item.kind)).toEqual(["notice", "notice", "other"]);
    expect(parsed.items[1].text).toBe("遗失声明　澄川市晨曦餐饮管理有限公司遗失公章一枚,编号:3601020156788,声明作废。");
  });
});
