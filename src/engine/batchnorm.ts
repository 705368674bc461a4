/** Batch normalisation over a row-major batch z [n×m], per unit (column). */

/** ε in ẑ = (z − μ)/√(σ² + ε). */
export const BN_EPS = 1e-5;
/** Running statistics: r ← m·r + (1 − m)·batch. */
export const BN_MOMENTUM = 0.9;

/**
 * Training mode: μ, σ² of the batch per unit; zhat = (z − μ)/√(σ² + ε); out = γ·zhat + β.
 * Stores 1/√(σ² + ε) in invStd and moves the running mean and (unbiased) variance when
 * updateRunning. stat is a Float64 scratch of length ≥ 2m (means, then squared deviations).
 */
export function batchNormForwardTrain(
  z: Float32Array, n: number, m: number, gamma: Float32Array, beta: Float32Array,
  zhat: Float32Array, out: Float32Array, invStd: Float32Array, stat: Float64Array,
  runMean: Float32Array, runVar: Float32Array, updateRunning: boolean,
): void {
  const len = n * m;
  stat.fill(0, 0, 2 * m);
  for (let r = 0; r < len; r += m) for (let j = 0; j < m; j++) stat[j] += z[r + j];
  for (let j = 0; j < m; j++) stat[j] /= n;
  for (let r = 0; r < len; r += m) {
    for (let j = 0; j < m; j++) { const d = z[r + j] - stat[j]; stat[m + j] += d * d; }
  }
  for (let j = 0; j < m; j++) {
    invStd[j] = 1 / Math.sqrt(stat[m + j] / n + BN_EPS);
    if (updateRunning) {
      runMean[j] = BN_MOMENTUM * runMean[j] + (1 - BN_MOMENTUM) * stat[j];
      const unbiased = stat[m + j] / (n > 1 ? n - 1 : 1);
      runVar[j] = BN_MOMENTUM * runVar[j] + (1 - BN_MOMENTUM) * unbiased;
    }
  }
  for (let r = 0; r < len; r += m) {
    for (let j = 0; j < m; j++) {
      const h = (z[r + j] - stat[j]) * invStd[j];
      zhat[r + j] = h;
      out[r + j] = gamma[j] * h + beta[j];
    }
  }
}

/** Evaluation mode: out = γ·(z − running μ)/√(running σ² + ε) + β (z and out may alias). */
export function batchNormForwardEval(
  z: Float32Array, n: number, m: number, gamma: Float32Array, beta: Float32Array,
  runMean: Float32Array, runVar: Float32Array, out: Float32Array,
): void {
  const len = n * m;
  for (let r = 0; r < len; r += m) {
    for (let j = 0; j < m; j++) {
      out[r + j] = gamma[j] * (z[r + j] - runMean[j]) / Math.sqrt(runVar[j] + BN_EPS) + beta[j];
    }
  }
}

/**
 * Backward through the batch statistics: given dy = ∂L/∂(γẑ+β), writes dγ = Σ dy·ẑ, dβ = Σ dy and
 * dz = γ/(n·σ)·(n·dy − Σdy − ẑ·Σ(dy·ẑ)) into dz (may alias dy). Returns Σ dz². sum: Float64 scratch ≥ 2m.
 */
export function batchNormBackward(
  dy: Float32Array, zhat: Float32Array, n: number, m: number, gamma: Float32Array,
  invStd: Float32Array, dGamma: Float32Array, dBeta: Float32Array, dz: Float32Array, sum: Float64Array,
): number {
  const len = n * m;
  sum.fill(0, 0, 2 * m);
  for (let r = 0; r < len; r += m) {
    for (let j = 0; j < m; j++) {
      const g = dy[r + j];
      sum[j] += g;
      sum[m + j] += g * zhat[r + j];
    }
  }
  for (let j = 0; j < m; j++) { dBeta[j] = sum[j]; dGamma[j] = sum[m + j]; }
  let s = 0;
  for (let r = 0; r < len; r += m) {
    for (let j = 0; j < m; j++) {
      const g = (gamma[j] * invStd[j] / n) * (n * dy[r + j] - sum[j] - zhat[r + j] * sum[m + j]);
      dz[r + j] = g;
      s += g * g;
    }
  }
  return s;
}
