/** A 2-D context that records the lines stroked and the shapes filled on it: colours, dashes and point counts. */
export interface StrokeLog {
  /** `xs`: the x of every moveTo/lineTo of the stroke, in order. */
  strokes: { color: string; subpaths: number[]; dash: number[]; xs: number[] }[];
  fills: { color: string; alpha: number; subpaths: number[] }[];
  /** clearRect calls (a whole redraw clears first). */
  clears: number;
  /** drawImage calls: where each image went, in canvas px (dx, dy, dw, dh). */
  images: { dx: number; dy: number; dw: number; dh: number }[];
}

/** Makes canvases of class `className` answer getContext('2d') with a recording fake (happy-dom has no 2-D canvas). */
export function recordCanvasStrokes(className = 'charts-grad-lines'): StrokeLog & { restore(): void } {
  const log: StrokeLog = { strokes: [], fills: [], clears: 0, images: [] };
  const proto = HTMLCanvasElement.prototype as unknown as { getContext: unknown; transferControlToOffscreen: unknown };
  const original = proto.getContext;
  let subpaths: number[] = [];
  let dash: number[] = [];
  let xs: number[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    lineJoin: 'miter',
    lineCap: 'butt',
    setTransform() {},
    clearRect() { log.clears++; },
    imageSmoothingEnabled: true,
    drawImage(_img: unknown, dx: number, dy: number, dw: number, dh: number) { log.images.push({ dx, dy, dw, dh }); },
    setLineDash(d: number[]) { dash = d.slice(); },
    beginPath() { subpaths = []; xs = []; },
    closePath() {},
    moveTo(x: number) { subpaths.push(1); xs.push(x); },
    lineTo(x: number) { subpaths[subpaths.length - 1]++; xs.push(x); },
    stroke() { log.strokes.push({ color: String(ctx.strokeStyle), subpaths: subpaths.slice(), dash, xs: xs.slice() }); },
    fill() { log.fills.push({ color: String(ctx.fillStyle), alpha: ctx.globalAlpha, subpaths: subpaths.slice() }); },
  };
  proto.getContext = function getContext(this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
    if (kind === '2d' && this.classList.contains(className)) return ctx;
    return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
  };
  // Browsers with OffscreenCanvas take this path (ui/canvasLine.ts canvasContext): the canvas hands its
  // drawing off once, and the recorder answers for the OffscreenCanvas.
  const handOff = proto.transferControlToOffscreen;
  proto.transferControlToOffscreen = function transferControlToOffscreen(this: HTMLCanvasElement) {
    if (!this.classList.contains(className)) {
      if (typeof handOff === 'function') return (handOff as () => unknown).call(this);
      throw new DOMException('no OffscreenCanvas in this test DOM', 'NotSupportedError');
    }
    return { width: this.width, height: this.height, getContext: (kind: string) => (kind === '2d' ? ctx : null) };
  };
  return Object.assign(log, { restore: () => { proto.getContext = original; proto.transferControlToOffscreen = handOff; } });
}
