import { useEffect, useRef, useState } from 'react';
import { undoOwnData } from '../../state/ownDataActions.ts';
import { addOwnPoint, eraseOwnPoints, nearestOwnPoint, removeOwnPoint } from '../../state/ownDataEdit.ts';
import type { OwnData, Split } from '../../state/ownData/types.ts';
import { useSize } from '../ui/useSize.ts';
import { canvasContext } from '../ui/canvasLine.ts';
import { useT } from '../ui/useT.ts';
import { DRAW, fromView, paintSurface, VIEW, type Backdrop } from './ownPaint.ts';

/** Pixels a press may move and still count as a tap (adds a point); further, it erases. */
const TAP_PX = 6;
/** Eraser radius in pixels. */
const ERASE_PX = 14;
/** Arrow-key step of the cursor in data units (Shift: a fine step). */
const STEP = 0.1;
const FINE = 0.02;

const fmt = (v: number) => v.toFixed(2);

/**
 * The drawing area: tap or click adds a point of the chosen class and set, a drag erases (one undo step per
 * drag); with the keyboard a cursor moves by the arrows, Enter/Space adds, Delete/Backspace removes the
 * nearest point, 1–3 pick the class, V switches training/validation, Ctrl+Z undoes. Pointer events: mouse, pen and touch.
 */
export function OwnSurface(props: {
  data: OwnData | null;
  backdrop: Backdrop | null;
  label: number;
  split: Split;
  onLabel: (label: number) => void;
  onSplit: (split: Split) => void;
  describedBy: string;
}) {
  const { data, backdrop, label, split } = props;
  const t = useT();
  const [ref, size] = useSize<HTMLDivElement>();
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [cells] = useState(() => document.createElement('canvas'));
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);
  const [said, setSaid] = useState('');
  // The press: where it began, where the pointer was last seen (px), and whether it erases and has erased.
  const press = useRef<{ x: number; y: number; lx: number; ly: number; erasing: boolean; erased: boolean } | null>(null);
  const width = Math.round(size.width || 320);
  const classes = data?.classes ?? 2;

  useEffect(() => {
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const px = Math.round(width * dpr);
    const ctx = canvasContext(canvasRef.current, px, px);
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintSurface(ctx, width, data, backdrop, cursor, cells);
  }, [data, backdrop, cursor, cells, width]);

  const at = (e: React.PointerEvent): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const [px, py] = at(e);
    press.current = { x: px, y: py, lx: px, ly: py, erasing: false, erased: false };
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const p = press.current;
    if (!p) return;
    const [px, py] = at(e);
    if (!p.erasing && Math.hypot(px - p.x, py - p.y) <= TAP_PX) return;
    p.erasing = true;
    // Erase along the path since the last move, not only where this one landed: a busy page delivers fewer,
    // farther apart moves (the browser coalesces them), and a fast drag would skip the points in between.
    const steps = Math.max(1, Math.ceil(Math.hypot(px - p.lx, py - p.ly) / (ERASE_PX / 2)));
    for (let i = 1; i <= steps; i++) {
      const [x, y] = fromView(width, p.lx + ((px - p.lx) * i) / steps, p.ly + ((py - p.ly) * i) / steps);
      // The first erase of a drag opens an undo step; the rest join it.
      if (eraseOwnPoints(x, y, (ERASE_PX / width) * 2 * VIEW, !p.erased)) p.erased = true;
    }
    p.lx = px;
    p.ly = py;
  };
  const onPointerUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const p = press.current;
    press.current = null;
    if (!p || p.erasing) return;
    const [x, y] = fromView(width, p.x, p.y);
    addOwnPoint(x, y, label, split);
    void e;
  };

  const setName = (s: Split) => (s === 'train' ? t('own.setTrain') : t('own.setVal'));
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const c = cursor ?? { x: 0, y: 0 };
    const step = e.shiftKey ? FINE : STEP;
    const move = (dx: number, dy: number) => {
      const next = { x: Math.max(-DRAW, Math.min(DRAW, +(c.x + dx).toFixed(3))), y: Math.max(-DRAW, Math.min(DRAW, +(c.y + dy).toFixed(3))) };
      setCursor(next);
      setSaid(t('own.cursor', { x: fmt(next.x), y: fmt(next.y) }));
    };
    const key = e.key;
    if ((e.ctrlKey || e.metaKey) && key.toLowerCase() === 'z') undoOwnData();
    else if (e.ctrlKey || e.altKey || e.metaKey) return;
    else if (key === 'ArrowLeft') move(-step, 0);
    else if (key === 'ArrowRight') move(step, 0);
    else if (key === 'ArrowUp') move(0, step);
    else if (key === 'ArrowDown') move(0, -step);
    else if (key === 'Enter' || key === ' ') {
      setCursor(c);
      addOwnPoint(c.x, c.y, label, split);
      setSaid(t('own.added', { c: label, set: setName(split), x: fmt(c.x), y: fmt(c.y) }));
    } else if (key === 'Delete' || key === 'Backspace') {
      const i = data ? nearestOwnPoint(data, c.x, c.y, 0.2) : -1;
      if (i < 0 || !data) setSaid(t('own.nothingNear'));
      else {
        const p = data.points[i];
        removeOwnPoint(i);
        setSaid(t('own.removed', { x: fmt(p.x), y: fmt(p.y) }));
      }
    } else if (key === '1' || key === '2' || key === '3') {
      const k = Number(key) - 1;
      if (k >= classes) return;
      props.onLabel(k);
      setSaid(t('own.className', { n: k }));
    } else if (key === 'v' || key === 'V') {
      const next = split === 'train' ? 'val' : 'train';
      props.onSplit(next);
      setSaid(next === 'train' ? t('own.drawTrain') : t('own.drawVal'));
    } else return;
    e.preventDefault();
  };

  const counts = { train: 0, val: 0 };
  for (const p of data?.points ?? []) counts[p.split]++;
  return (
    <>
      <div
        ref={ref}
        className="own-surface"
        role="application"
        tabIndex={0}
        aria-label={t('own.canvasLabel', counts)}
        aria-describedby={props.describedBy}
        data-testid="own-surface"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (press.current = null)}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      >
        <canvas ref={canvasRef} aria-hidden="true" style={{ width: `${width}px`, height: `${width}px` }} />
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="own-said">
        {said}
      </p>
    </>
  );
}
