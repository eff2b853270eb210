import type { EntityType } from "../archive/types.js";
import { segment } from "./html.js";

export { ROLE_LABELS } from "../model/render.js";

export const href = {
  paper: (paper: string) => `/papers/${segment(paper)}`,
  edition: (paper: string, date: string) => `/papers/${segment(paper)}/${segment(date)}`,
  feed: (paper: string) => `/papers/${segment(paper)}/feed.atom`,
  page: (id: number) => `/pages/${id}`,
  pageImage: (id: number) => `/api/pages/${id}/image`,
  article: (id: number, version?: number) => (version ? `/articles/${id}?version=${version}` : `/articles/${id}`),
  source: (id: number) => `/articles/${id}/source`,
  edit: (id: number) => `/articles/${id}/edit`,
  person: (id: number) => `/people/${id}`,
  entity: (id: number) => `/entities/${id}`,
  entities: (type?: EntityType) => (type ? `/entities?type=${type}` : "/entities"),
};

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: "人物",
  organisation: "机构",
  place: "地点",
};

/** 70000000 元 → `70,000,000 元`; approximate figures get 约. */
export function figureLabel(figure: { value: number; unit: string; approx: boolean }): string {
  return `${figure.approx ? "约 " : ""}${figure.value.toLocaleString("en-US")} ${figure.unit}`;
}

/** `01` → `第01版`; a page named otherwise keeps its name. */
export function pageLabel(page: string): string {
  return /^[A-Za-z]?\d+$/.test(page) ? `第${page}版` : page;
}

/** `2022-08-16` → `2022年8月16日`. */
export function dateLabel(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

const WEEKDAYS = "日一二三四五六";

export function weekdayLabel(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? "" : `星期${WEEKDAYS[day]}`;
}

export function headlineOf(article: { headline: string | null; body: { text: string }[] }): string {
  return article.headline ?? article.body[0]?.text.slice(0, 24) ?? "(无标题)";
}
