import { html, type Fragment, type Html } from "./html.js";

export interface PageShell {
  title: string;
  /** Trail from home to here, excluding home. */
  crumbs?: { label: string; href?: string }[];
  head?: Fragment;
  /** Marks the page for the progressive script (e.g. `edit`). */
  script?: boolean;
  wide?: boolean;
}

export function layout(shell: PageShell, content: Fragment): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shell.title} · 版面</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
${shell.head}
${shell.script && html`<script src="/static/app.js" defer></script>`}
</head>
<body>
<header class="masthead">
  <a class="brand" href="/">版面<span>数字报</span></a>
  <form class="quick-search" action="/search" method="get" role="search">
    <input type="search" name="q" placeholder="搜索全部报道" aria-label="搜索">
  </form>
</header>
<main class="${shell.wide ? "wide" : "narrow"}">
${crumbTrail(shell.crumbs)}
${content}
</main>
<footer class="colophon"><a href="/">首页</a> · <a href="/search">检索</a> · <a href="/entities">人物 · 机构 · 地点</a> · <a href="/openapi.json">API</a></footer>
</body>
</html>`;
}

function crumbTrail(crumbs: PageShell["crumbs"]): Fragment {
  if (!crumbs?.length) return null;
  const links = crumbs.map((crumb) => (crumb.href ? html` › <a href="${crumb.href}">${crumb.label}</a>` : html` › <span>${crumb.label}</span>`));
  return html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a>${links}</nav>`;
}
