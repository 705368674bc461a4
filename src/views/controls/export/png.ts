import { canvasImage } from '../../ui/canvasLine.ts';

/** Presentation properties copied from the page's CSS onto a serialized SVG, so it looks as on screen. */
const SVG_STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/**
 * Writes the computed style of every element of `src` onto the matching element of its clone `dst`
 * as SVG presentation attributes (a `style` attribute would break the page's CSP: style-src 'self').
 */
export function inlineStyles(src: Element, dst: Element): void {
  const cs = getComputedStyle(src);
  for (const p of SVG_STYLE_PROPS) {
    const v = cs.getPropertyValue(p);
    if (v) dst.setAttribute(p, v);
  }
  for (let i = 0; i < src.children.length; i++) inlineStyles(src.children[i], dst.children[i]);
}

/** An SVG element as a self-contained data: URL at its on-screen size. */
export function svgDataUrl(svg: SVGSVGElement): string {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('SVG image failed to load'));
    img.src = url;
  });
}

/** Controls and hidden helpers left out of a picture of a view. */
const SKIP = 'button, select, label, .panel-options, .visually-hidden';

/** Draws every visible text of `el` word by word where the browser laid it out (wrapping included). */
function drawTexts(ctx: CanvasRenderingContext2D, el: HTMLElement, box: DOMRect): void {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  ctx.textBaseline = 'middle';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg') || parent.closest(SKIP)) continue;
    const cs = getComputedStyle(parent);
    if (cs.visibility === 'hidden') continue;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    ctx.fillStyle = cs.color;
    for (const m of node.data.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getClientRects()[0];
      if (!r || r.width === 0) continue;
      ctx.fillText(m[0], r.left - box.left, r.top - box.top + r.height / 2);
    }
  }
}

/**
 * A PNG of one view: its texts, canvases and SVGs drawn where they sit on screen (controls left
 * out), at `scale` × CSS pixels, on the page background.
 */
export async function viewToPng(el: HTMLElement, scale = 2): Promise<Blob> {
  const box = el.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(box.width * scale));
  canvas.height = Math.max(1, Math.round(box.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  const bg = getComputedStyle(el).backgroundColor;
  ctx.fillStyle = bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : '#ffffff';
  ctx.fillRect(0, 0, box.width, box.height);
  drawTexts(ctx, el, box);
  for (const node of el.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg')) {
    if (node instanceof SVGSVGElement && node.parentElement?.closest('svg')) continue;
    if (node.closest(SKIP)) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const src = node instanceof HTMLCanvasElement ? canvasImage(node) : await loadImage(svgDataUrl(node));
    ctx.drawImage(src, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
