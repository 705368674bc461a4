import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrShape, type QrShape } from '../../../src/views/maker/qr.ts';

/** The path's unit squares painted black on white, `scale` pixels a module, as RGBA (what a camera would see, sharp). */
function raster({ size, d }: QrShape, scale: number): Uint8ClampedArray {
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let yy = y * scale; yy < (y + 1) * scale; yy++)
      for (let xx = x * scale; xx < (x + w) * scale; xx++) rgba.fill(0, (yy * px + xx) * 4, (yy * px + xx) * 4 + 3);
  }
  return rgba;
}

describe('the QR code of a student link', () => {
  it('decodes to exactly the link, Korean instruction and all', () => {
    const link = `https://school.example.org/lab/?lesson=dropout&lock=l2&task=${encodeURIComponent('왜 B가 이길까요? <b>설명</b>')}`;
    const shape = qrShape(link)!;
    expect(jsQR(raster(shape, 4), shape.size * 4, shape.size * 4)?.data).toBe(link);
  });

  it('has the standard quiet zone of four light modules on every side', () => {
    const shape = qrShape('https://x.org/?lesson=l2')!;
    const starts = [...shape.d.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[1]) + Number(m[3])]);
    expect(Math.min(...starts.map((s) => s[0]))).toBe(4);
    expect(Math.min(...starts.map((s) => s[1]))).toBe(4);
    expect(Math.max(...starts.map((s) => s[2]))).toBe(shape.size - 4);
    expect(Math.max(...starts.map((s) => s[1]))).toBe(shape.size - 5);
  });

  it('is null for a text longer than any QR code holds', () => {
    expect(qrShape(`https://x.org/?task=${'%EA%B0%80'.repeat(400)}`)).toBeNull();
  });
});
