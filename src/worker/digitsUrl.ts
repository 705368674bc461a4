/**
 * Where the worker gets the digits: Vite emits src/engine/digits/digits.bin as a hashed asset beside the worker's chunk
 * (so it loads from any sub-path, and the service worker precaches it); in Node (tests, bench) this is the file itself.
 */
export const DIGITS_URL = new URL('../engine/digits/digits.bin', import.meta.url);
