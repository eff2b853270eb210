import type { PageImage } from "../../archive/types.js";
import type { BBox } from "../../model/page.js";
import { html, type Html } from "../html.js";
import { href } from "../format.js";

export interface Region {
  bbox: BBox;
  label: string;
  href: string;
  current?: boolean;
}

/** The page image in PDF-point coordinates, so article bboxes map onto it directly. */
function imageSize(image: PageImage): { width: number; height: number } {
  return { width: image.width / image.scale, height: image.height / image.scale };
}

/** The whole page with every region clickable, as 数字报 sites show it. */
export function pageImageMap(pageId: number, image: PageImage, regions: Region[]): Html {
  const { width, height } = imageSize(image);
  const areas = regions.map(
    (region) => html`<a href="${region.href}" aria-label="${region.label}"><rect class="region${region.current ? " current" : ""}" x="${region.bbox[0]}" y="${region.bbox[1]}" width="${region.bbox[2] - region.bbox[0]}" height="${region.bbox[3] - region.bbox[1]}"><title>${region.label}</title></rect></a>`,
  );
  return html`<figure class="page-image">
<svg viewBox="0 0 ${width} ${height}" role="group" aria-label="版面图">
<image href="${href.pageImage(pageId)}" x="0" y="0" width="${width}" height="${height}"/>
${areas}
</svg>
</figure>`;
}

/** Just the article's region, cropped from the page image by the SVG viewBox. */
export function croppedRegion(pageId: number, image: PageImage, bbox: BBox, label: string): Html {
  const { width, height } = imageSize(image);
  const [x0, y0, x1, y1] = bbox;
  return html`<figure class="article-crop">
<svg viewBox="${x0} ${y0} ${x1 - x0} ${y1 - y0}" role="img" aria-label="${label}">
<image href="${href.pageImage(pageId)}" x="0" y="0" width="${width}" height="${height}"/>
</svg>
<figcaption>版面原图</figcaption>
</figure>`;
}
