/**
 * SVG path data for a polyline, built in one loop: "M x,y L x,y …", starting a new "M" after
 * each gap (null y). Coordinates rounded to 0.1 px. Used where many long lines redraw every frame.
 */
export function polylinePath(xs: ArrayLike<number>, ys: ArrayLike<number | null>): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${Math.round(xs[i] * 10) / 10},${Math.round(y * 10) / 10}`;
    pen = true;
  }
  return d;
}
