import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ImageProbsMessage, RunInfo } from '../../protocol.ts';
import { askDrawnDigit } from '../../state/images.ts';
import { plotCanvas } from '../ui/canvasLine.ts';
import { RunSwatch } from '../ui/RunSwatch.tsx';
import { PAD_BLOCK, PAD_SIDE, padEmpty, padToPixels } from './imageData.ts';
import { inkAt, inkLine, moveCursor } from './padInk.ts';
import type { ImageT } from './imageText.ts';

/** CSS px of the pad. */
const PAD_PX = 192;
const CELL = PAD_PX / PAD_SIDE;

/** Least ms between two questions to the workers while the pen moves. */
const ASK_MS = 120;

/**
 * Draw a digit: a 32×32 pad (mouse, touch or pen; or the keyboard: arrows move a cursor, Space or Enter inks,
 * Shift+arrow draws as it moves), reduced to 8×8 as the data set was, and every digits run's 10 probabilities for
 * it, asked again as the runs train (`step`). Clear and Undo; an empty pad shows a prompt, not a guess.
 */
export function DrawPad({ runs, probs, step, t }: { runs: RunInfo[]; probs: ImageProbsMessage | null; step: number; t: ImageT }) {
  const [ink, setInk] = useState<Uint8Array>(() => new Uint8Array(PAD_SIDE * PAD_SIDE));
  const [undo, setUndo] = useState<Uint8Array[]>([]);
  const [cursor, setCursor] = useState<[number, number]>([14, 14]);
  const [focused, setFocused] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);
  const pen = useRef<[number, number] | null>(null);
  const lastAsk = useRef(0);
  /** Whether the pad held ink when last asked about (clearing it forgets the answer once, not at every step). */
  const hadInk = useRef(false);
  const empty = padEmpty(ink);

  // Ask when the drawing changes (at most every ASK_MS while the pen moves) and as the weights change.
  useEffect(() => {
    const now = performance.now();
    if (empty) {
      if (hadInk.current) askDrawnDigit(null);
      hadInk.current = false;
      return;
    }
    hadInk.current = true;
    const wait = Math.max(0, ASK_MS - (now - lastAsk.current));
    const id = setTimeout(() => {
      lastAsk.current = performance.now();
      askDrawnDigit(padToPixels(ink));
    }, wait);
    return () => clearTimeout(id);
  }, [ink, empty, empty ? 0 : step]);

  useEffect(() => {
    const ctx = plotCanvas(canvas.current, PAD_PX, PAD_PX, 0);
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, PAD_PX, PAD_PX);
    ctx.strokeStyle = '#d0d0d0';
    ctx.lineWidth = 1;
    for (let k = 1; k < PAD_SIDE / PAD_BLOCK; k++) {
      const p = k * PAD_BLOCK * CELL + 0.5;
      ctx.beginPath();
      ctx.moveTo(p, 0);
      ctx.lineTo(p, PAD_PX);
      ctx.moveTo(0, p);
      ctx.lineTo(PAD_PX, p);
      ctx.stroke();
    }
    ctx.fillStyle = '#111';
    for (let i = 0; i < ink.length; i++) if (ink[i]) ctx.fillRect((i % PAD_SIDE) * CELL, Math.floor(i / PAD_SIDE) * CELL, CELL, CELL);
    if (focused) {
      ctx.strokeStyle = '#d55e00';
      ctx.lineWidth = 2;
      ctx.strokeRect(cursor[1] * CELL + 1, cursor[0] * CELL + 1, 2 * CELL - 2, 2 * CELL - 2);
    }
  }, [ink, cursor, focused]);

  const commit = (next: Uint8Array, newStroke: boolean) => {
    if (next === ink) return;
    if (newStroke) setUndo((u) => [...u.slice(-49), ink]);
    setInk(next);
  };
  const cellOf = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const col = Math.floor(((e.clientX - r.left) / r.width) * PAD_SIDE);
    const row = Math.floor(((e.clientY - r.top) / r.height) * PAD_SIDE);
    return [Math.max(0, Math.min(PAD_SIDE - 1, row)), Math.max(0, Math.min(PAD_SIDE - 1, col))];
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const c = cellOf(e);
    pen.current = c;
    commit(inkAt(ink, c[0], c[1]), true);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!pen.current) return;
    const c = cellOf(e);
    const from = pen.current;
    pen.current = c;
    setInk((cur) => inkLine(cur, from, c));
  };
  const up = () => {
    pen.current = null;
  };
  const key = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      commit(inkAt(ink, cursor[0], cursor[1]), true);
      return;
    }
    const next = moveCursor(e.key, cursor);
    if (!next) return;
    e.preventDefault();
    setCursor(next);
    if (e.shiftKey) commit(inkLine(ink, cursor, next), true);
  };
  const clear = () => commit(new Uint8Array(PAD_SIDE * PAD_SIDE), true);
  const undoLast = () => {
    const prev = undo[undo.length - 1];
    if (!prev) return;
    setUndo(undo.slice(0, -1));
    setInk(prev);
  };

  const answers = empty ? [] : runs.map((r) => ({ run: r, p: probs?.predictions.find((q) => q.id === r.id)?.probs ?? null }));
  return (
    <div className="images-pad">
      <div className="images-pad-draw">
        <canvas
          ref={canvas}
          className="draw-pad"
          style={{ width: `${PAD_PX}px`, height: `${PAD_PX}px`, touchAction: 'none' }}
          tabIndex={0}
          role="img"
          aria-label={t('pad.label')}
          aria-describedby="draw-pad-help"
          data-testid="draw-pad"
          data-ink={ink.reduce((a, b) => a + b, 0)}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
          onKeyDown={key}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
        <p id="draw-pad-help" className="images-note">{t('pad.help')}</p>
        <div className="images-pad-buttons">
          <button type="button" onClick={undoLast} disabled={undo.length === 0}>{t('pad.undo')}</button>
          <button type="button" onClick={clear} disabled={empty}>{t('pad.clear')}</button>
        </div>
      </div>
      <div className="images-pad-answer" aria-live="polite" data-testid="pad-answer">
        {empty ? (
          <p className="images-prompt">{t('pad.empty')}</p>
        ) : (
          <table className="images-probs" data-testid="pad-probs">
            <caption className="visually-hidden">{t('pad.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('run')}</th>
                {Array.from({ length: 10 }, (_, d) => <th key={d} scope="col">{d}</th>)}
              </tr>
            </thead>
            <tbody>
              {answers.map(({ run, p }, i) => {
                const best = p ? p.indexOf(Math.max(...p)) : -1;
                return (
                  <tr key={run.id} data-run={run.id}>
                    <th scope="row"><RunSwatch index={i} /> {run.id}</th>
                    {Array.from({ length: 10 }, (_, d) => (
                      <td key={d} className={d === best ? 'best' : undefined} data-p={p ? p[d].toFixed(4) : ''}>
                        {p ? Math.round(100 * p[d]) : '…'}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
