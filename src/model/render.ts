import type { Article, Item, Page, Role } from "./page.js";

export type OutputFormat = "json" | "md" | "text";

export function renderPage(page: Page, format: OutputFormat): string {
  if (format === "json") return JSON.stringify(page, null, 2);
  if (format === "md") return pageToMarkdown(page);
  return pageToText(page);
}

/** How a newspaper names each role in a credit. */
export const ROLE_LABELS: Record<Role, string> = {
  reporter: "记者",
  correspondent: "通讯员",
  photographer: "摄影",
  editor: "编辑",
  intern: "实习生",
  author: "作者",
};

export function peopleLine(article: Pick<Article, "people">): string {
  return article.people.map((person) => `${ROLE_LABELS[person.role]} ${person.name}`).join("、");
}

export function articleToMarkdown(article: Article): string {
  const lines: string[] = [];
  if (article.kicker) lines.push(`*${article.kicker}*`, "");
  lines.push(`## ${article.headline ?? "（无标题）"}`, "");
  if (article.subheadline) lines.push(`*${article.subheadline}*`, "");
  const credit = [article.dateline, peopleLine(article)].filter(Boolean).join(" · ");
  if (credit) lines.push(`> ${credit}`, "");
  for (const block of article.body) {
    if (block.kind === "subhead") lines.push(`### ${block.text}`, "");
    else if (block.lead) lines.push(`**${block.lead}**${block.text.slice(block.lead.length)}`, "");
    else lines.push(block.text, "");
  }
  return lines.join("\n");
}

function itemToMarkdown(item: Item): string {
  const credit = item.credit ? ` — ${item.credit}` : "";
  return `- **${item.kind}**: ${item.text.replace(/\n/g, " / ") || "（无文字）"}${credit}`;
}

export function pageToMarkdown(page: Page): string {
  const { paper, date, page: label } = page.edition;
  const title = [paper, date, label ? `第${label}版` : null].filter(Boolean).join(" ");
  const parts = [`# ${title || page.source.path || "banmian page"}`, ""];
  for (const article of page.articles) parts.push(articleToMarkdown(article));
  if (page.items.length) parts.push("---", "", ...page.items.map(itemToMarkdown), "");
  return parts.join("\n");
}

export function articleToText(article: Article): string {
  const head = [article.kicker, article.headline, article.subheadline].filter(Boolean);
  const credit = [article.dateline, article.byline && article.byline !== article.dateline ? article.byline : null].filter(Boolean);
  return [...head, ...(credit.length ? [credit.join(" ")] : []), "", ...article.body.map((block) => block.text)].join("\n");
}

export function pageToText(page: Page): string {
  return page.articles.map(articleToText).join("\n\n\n");
}
