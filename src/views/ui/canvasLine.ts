/**
 * Readies a canvas laid over a plot of iw × ih px with a margin of `pad` px all round (lines overhang the
 * plot by half their width): backing store at the device pixel ratio (at most 2), plot origin at (0, 0),
 * cleared. Null when the canvas or its 2-D context is missing.
 */
export function plotCanvas(canvas: HTMLCanvasElement | null, iw: number, ih: number, pad: number): CanvasRenderingContext2D | null {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return null;
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const w = Math.round((iw + 2 * pad) * dpr);
  const h = Math.round((ih + 2 * pad) * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(dpr, 0, 0, dpr, pad * dpr, pad * dpr);
  ctx.clearRect(-pad, -pad, iw + 2 * pad, ih + 2 * pad);
  return ctx;
}

/** Strokes one polyline (a new subpath after each NaN gap); returns the points drawn. */
export function strokeLine(ctx: CanvasRenderingContext2D, xs: Float32Array, ys: Float32Array): number {
  let pen = false;
  let drawn = 0;
  ctx.beginPath();
  for (let i = 0; i < xs.length; i++) {
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
