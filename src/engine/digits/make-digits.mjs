// Converts scikit-learn's copy of the UCI optical digits (sklearn/datasets/data/digits.csv.gz: 1,797
// rows of 64 pixels 0–16 and a label 0–9) into src/engine/digits/digits.bin, the file the engine loads:
// 1,797 × 64 pixel bytes (image by image, each row-major 8×8), then 1,797 label bytes; 116,805 bytes.
// Prints the file's length and CRC-32 (src/engine/digits.ts checks both).
//
//   cd /tmp && apt-get download python3-sklearn && dpkg -x python3-sklearn_*.deb sk
//   node src/engine/digits/make-digits.mjs /tmp/sk/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const IMAGES = 1797;
const PIXELS = 64;

const src = process.argv[2];
if (!src) {
  console.error('usage: node src/engine/digits/make-digits.mjs path/to/digits.csv.gz');
  process.exit(2);
}
const lines = gunzipSync(readFileSync(src)).toString('utf8').trim().split('\n');
if (lines.length !== IMAGES) throw new Error(`expected ${IMAGES} rows, got ${lines.length}`);
const out = new Uint8Array(IMAGES * (PIXELS + 1));
lines.forEach((line, i) => {
  const v = line.split(',').map((s) => Number(s));
  if (v.length !== PIXELS + 1) throw new Error(`row ${i + 1}: ${v.length} columns, expected ${PIXELS + 1}`);
  v.forEach((x, j) => {
    const max = j < PIXELS ? 16 : 9;
    if (!Number.isInteger(x) || x < 0 || x > max) throw new Error(`row ${i + 1}, column ${j + 1}: ${x} is not an integer 0–${max}`);
  });
  out.set(v.slice(0, PIXELS), i * PIXELS);
  out[IMAGES * PIXELS + i] = v[PIXELS];
});

/** CRC-32 (IEEE, as zlib and gzip): the same function as crc32 in src/engine/digits.ts. */
function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const dest = new URL('./digits.bin', import.meta.url);
writeFileSync(dest, out);
console.log(`${dest.pathname}: ${out.length} bytes, CRC-32 0x${crc32(out).toString(16).padStart(8, '0')}`);
