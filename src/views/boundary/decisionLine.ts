/**
 * The p = threshold line of a resolution² grid of probabilities by marching squares, as segments in
 * grid units (value (i, j) sits at the centre of cell i, j: (i + ½, j + ½), row 0 at the top). Each
 * 2×2 block of centres gives at most two segments, their ends interpolated linearly along its edges;
 * a saddle is split by the block's mean. No polygons, rings or objects per cell: d3-contour did that
 * work for a line we only stroke (~25 ms per canvas under a 4× CPU throttle, bench/README.md).
 */
export function traceLine(
  probs: ArrayLike<number>,
  res: number,
  threshold: number,
  segment: (x0: number, y0: number, x1: number, y1: number) => void,
): number {
  let count = 0;
  const t = threshold;
  // Where along an edge from value p to value q the threshold falls (0..1).
  const at = (p: number, q: number) => (p === q ? 0.5 : (t - p) / (q - p));
  for (let j = 0; j + 1 < res; j++) {
    for (let i = 0; i + 1 < res; i++) {
      const a = probs[j * res + i]; // top left
      const b = probs[j * res + i + 1]; // top right
      const c = probs[(j + 1) * res + i + 1]; // bottom right
      const d = probs[(j + 1) * res + i]; // bottom left
      const code = (a >= t ? 8 : 0) | (b >= t ? 4 : 0) | (c >= t ? 2 : 0) | (d >= t ? 1 : 0);
      if (code === 0 || code === 15) continue;
      const x = i + 0.5;
      const y = j + 0.5;
      // Crossing points on the four edges: top (a→b), right (b→c), bottom (d→c), left (a→d).
      const top = () => [x + at(a, b), y] as const;
      const right = () => [x + 1, y + at(b, c)] as const;
      const bottom = () => [x + at(d, c), y + 1] as const;
      const left = () => [x, y + at(a, d)] as const;
      const seg = (p: readonly [number, number], q: readonly [number, number]) => {
        segment(p[0], p[1], q[0], q[1]);
        count++;
      };
      switch (code) {
        case 1: case 14: seg(left(), bottom()); break;
        case 2: case 13: seg(bottom(), right()); break;
        case 3: case 12: seg(left(), right()); break;
        case 4: case 11: seg(top(), right()); break;
        case 6: case 9: seg(top(), bottom()); break;
        case 7: case 8: seg(left(), top()); break;
        case 5: case 10: {
          // Saddle: the mean decides whether the high corners join across the middle.
          const high = (a + b + c + d) / 4 >= t;
          if ((code === 5) === high) {
            seg(left(), top());
            seg(bottom(), right());
          } else {
            seg(top(), right());
            seg(left(), bottom());
          }
          break;
        }
      }
    }
  }
  return count;
}
