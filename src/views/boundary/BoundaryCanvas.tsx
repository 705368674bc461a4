import { useEffect, useState } from 'react';
import { createBoundaryPainter, type BoundaryScene } from './draw.ts';
import { useSize } from '../ui/useSize.ts';
import { canvasContext } from '../ui/canvasLine.ts';
import { useDrawPixels } from '../ui/inSight.ts';

/** One run's decision boundary on a square canvas sized to its box (device pixels, at most 2×). */
export function BoundaryCanvas({ scene, label }: { scene: BoundaryScene; label: string }) {
  const [ref, size] = useSize<HTMLCanvasElement>();
  const [painter] = useState(createBoundaryPainter);
  const width = size.width || 320;
  const { probs, outputs, grid, train, val, showTrain, showVal } = scene;
  const draw = useDrawPixels();
  useEffect(() => {
    if (!draw) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const px = Math.round(width * dpr);
    const ctx = canvasContext(ref.current, px, px);
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    painter.paint(ctx, width, dpr, { probs, outputs, grid, train, val, showTrain, showVal });
  }, [draw, painter, probs, outputs, grid, train, val, showTrain, showVal, width]);
  return <canvas ref={ref} className="boundary-canvas" role="img" aria-label={label} data-step-drawn={probs ? 'yes' : 'no'} />;
}
