import { html, type Html } from "../html.js";
import { layout } from "../layout.js";

export function errorPage(status: number, message: string): Html {
  const title = status === 404 ? "找不到这个页面" : "出错了";
  return layout({ title }, html`<h1>${title}</h1><p class="muted">${status} · ${message}</p><p><a href="/">回到首页</a></p>`);
}
