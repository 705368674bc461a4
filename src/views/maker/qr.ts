import { encode } from 'uqr';

/** A QR code as one SVG path: `size` modules square (quiet zone included), dark modules as unit squares. */
export interface QrShape {
  size: number;
  d: string;
}

/** Modules of white around the code: the standard's quiet zone, so a phone finds it on any background. */
const QUIET = 4;

/**
 * The QR code of a text, drawn here (uqr, nothing leaves the page): the fewest modules a code of it can have
 * (error correction L; larger modules read from further away), its correction raised where that size allows; null when the text is too long for any QR code.
 * Each row's runs of dark modules are one rectangle each.
 */
export function qrShape(text: string): QrShape | null {
  let qr;
  try {
    qr = encode(text, { ecc: 'L', boostEcc: true, border: QUIET });
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      parts.push(`M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  return { size: qr.size, d: parts.join('') };
}
