/** A text label to place near an anchor point (px inside a plot). */
export interface LabelSpec {
  key: string;
  x: number;
  y: number;
  text: string;
}

/** A placed label: where its baseline-centre goes and how it is anchored. */
export interface PlacedLabel extends LabelSpec {
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Places labels above their anchors, moving one up (or down at the top edge) by a line while it
 * overlaps one already placed. Widths are estimated from the character count.
 */
export function placeLabels(specs: readonly LabelSpec[], width: number, height: number, fontPx: number, above = true): PlacedLabel[] {
  const line = fontPx * 1.05;
  const placed: { x0: number; x1: number; y: number; label: PlacedLabel }[] = [];
  const sorted = [...specs].sort((a, b) => a.y - b.y);
  for (const s of sorted) {
    const w = s.text.length * fontPx * 0.55;
    const anchor: PlacedLabel['anchor'] = s.x + w / 2 > width ? 'end' : s.x - w / 2 < 0 ? 'start' : 'middle';
    const x0 = anchor === 'start' ? s.x : anchor === 'end' ? s.x - w : s.x - w / 2;
    const x1 = x0 + w;
    let y = Math.max(line, Math.min(height, above ? s.y - fontPx * 0.7 : s.y));
    for (let tries = 0; tries < specs.length + 1; tries++) {
      const hit = placed.find((p) => p.x0 < x1 && x0 < p.x1 && Math.abs(p.y - y) < line);
      if (!hit) break;
      y = hit.y - line >= line * 0.8 ? hit.y - line : hit.y + line;
    }
    const label = { ...s, y, anchor };
    placed.push({ x0, x1, y, label });
  }
  return placed.map((p) => p.label);
}
