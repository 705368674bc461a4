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
