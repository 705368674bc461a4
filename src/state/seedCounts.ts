/**
 * In how many of n seeds each lesson's claim holds at its horizon, as test/state/seed-claims.test.ts measures it
 * (seed s of every run as the pool trains it). Written by that test (UPDATE_SEED_COUNTS=1), never by hand; the
 * test fails when the engine's numbers and these disagree. "What happened" says the count.
 */
export const SEED_COUNTS: Readonly<Record<string, { k: number; n: number }>> = {
  onelayer: { k: 8, n: 10 },
  backprop: { k: 9, n: 10 },
  deeper: { k: 8, n: 10 },
  vanishing: { k: 8, n: 10 },
  loss: { k: 10, n: 10 },
  init: { k: 10, n: 10 },
  xavier: { k: 10, n: 10 },
  batchnorm: { k: 10, n: 10 },
  overfitting: { k: 10, n: 10 },
  dropout: { k: 10, n: 10 },
  l2: { k: 10, n: 10 },
  data: { k: 10, n: 10 },
};
