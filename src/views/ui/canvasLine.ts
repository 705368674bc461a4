/** A 2-D context of either kind: the canvas's own, or that of the OffscreenCanvas it handed its drawing to. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Canvases on the page that handed their drawing to an OffscreenCanvas (see canvasContext). */
const handedOff = new WeakMap<HTMLCanvasElement, OffscreenCanvas>();

/**
 * The 2-D context of a canvas on the page, its backing store sized to w × h device px (set only when it
 * changes: setting it clears it). Where the browser can, the canvas hands its drawing to an OffscreenCanvas
 * once (transferControlToOffscreen), still drawn here on the main thread: Chromium then sends the compositor
 * only the canvases that were drawn, where a plain canvas is sent again in every frame that commits anything
 * — each of the default lesson's 7 canvases for every one drawn (bench/README, "Canvases that were not drawn").
 * Null when there is no 2-D context (a test DOM without canvas).
 */
export function canvasContext(canvas: HTMLCanvasElement | null, w: number, h: number): Context2D | null {
  if (!canvas) return null;
  let surface: HTMLCanvasElement | OffscreenCanvas = canvas;
  const off = handedOff.get(canvas);
  if (off) surface = off;
  else if (typeof canvas.transferControlToOffscreen === 'function') {
    try {
      // Sized first: the page's canvas keeps the size it had when it let go, until the first frame arrives.
      canvas.width = w;
      canvas.height = h;
      const o = canvas.transferControlToOffscreen();
      handedOff.set(canvas, o);
      surface = o;
    } catch {
      // Its own context was taken already (by a test or an extension): draw on it as before.
    }
  }
  if (surface.width !== w || surface.height !== h) {
    surface.width = w;
    surface.height = h;
  }
  return (surface.getContext('2d') as Context2D | null) ?? null;
}

/** What a canvas on the page shows, to draw elsewhere (an export): its OffscreenCanvas when it handed off. */
export function canvasImage(canvas: HTMLCanvasElement): HTMLCanvasElement | OffscreenCanvas {
  return handedOff.get(canvas) ?? canvas;
}

/**
 * Readies a canvas laid over a plot of iw × ih px with a margin of `pad` px all round (lines overhang the
 * plot by half their width): backing store at the device pixel ratio (at most 2), plot origin at (0, 0),
 * cleared. Null when the canvas or its 2-D context is missing.
 */
export function plotCanvas(canvas: HTMLCanvasElement | null, iw: number, ih: number, pad: number, clear = true): Context2D | null {
  const dpr = plotDpr();
  const ctx = canvasContext(canvas, Math.round((iw + 2 * pad) * dpr), Math.round((ih + 2 * pad) * dpr));
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, pad * dpr, pad * dpr);
  if (clear) ctx.clearRect(-pad, -pad, iw + 2 * pad, ih + 2 * pad);
  return ctx;
}

/** Device pixels per CSS px of a plot canvas (the screen's, at most 2). */
export const plotDpr = (): number => Math.min(2, (typeof window !== 'undefined' && window.devicePixelRatio) || 1);

/**
 * Strokes one polyline (a new subpath after each NaN gap) from point `from` on; returns the points it has, i.e. its
 * points that are not gaps, from the first (what a full stroke draws, whatever `from` is).
 */
export function strokeLine(ctx: Context2D, xs: Float32Array, ys: Float32Array, from = 0): number {
  let pen = false;
  let drawn = 0;
  for (let i = 0; i < from && i < xs.length; i++) if (!Number.isNaN(ys[i])) drawn++;
  ctx.beginPath();
  for (let i = from; i < xs.length; i++) {
    const y = ys[i];
    if (Number.isNaN(y)) {
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(xs[i], y);
    else ctx.moveTo(xs[i], y);
    pen = true;
    drawn++;
  }
  ctx.stroke();
  return drawn;
}

/**
 * A context for d3's path generators (symbol, line), whose types ask for a page canvas's context: they call
 * only path methods (moveTo, lineTo, arc, closePath), which an OffscreenCanvas's context has as well.
 */
export function pathContext(ctx: Context2D): CanvasRenderingContext2D {
  return ctx as CanvasRenderingContext2D;
}
