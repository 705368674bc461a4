import { Fragment, type ReactNode } from 'react';
import type { BackpropTrace, TraceLayer } from '../../../state/backprop.ts';
import type { StepT } from './useStepT.ts';
import { factor, num } from './numbers.ts';
import { inputName, layerName, unitName, type Phase } from './phases.ts';
import { fName, phaseTitle, slopeName } from './texts.ts';

/** One number as the engine gave it (data-value keeps the unrounded value for tests and copy). */
function N({ v, digits, paren = false }: { v: number; digits?: number; paren?: boolean }) {
  return (
    <span className="num" data-value={v}>
      {paren ? factor(v, digits) : num(v, digits)}
    </span>
  );
}

/** Terms a₁ × b₁ + a₂ × b₂ + … with every factor shown. */
function Products({ pairs }: { pairs: readonly [number, number][] }) {
  return (
    <>
      {pairs.map(([a, b], i) => (
        <Fragment key={i}>
          {i > 0 && ' + '}
          <N v={a} paren /> × <N v={b} paren />
        </Fragment>
      ))}
    </>
  );
}

interface Props {
  t: StepT;
  trace: BackpropTrace;
  phase: Phase;
  /** Mini-batch size of the run (the last phase says Play repeats the step on such batches). */
  batch: number;
  headingId: string;
}

/** The phase in words and numbers: the text equivalent of the diagram, and where every factor is shown. */
export function PhaseDetail({ t, trace, phase, batch, headingId }: Props) {
  return (
    <div className="backprop-detail" data-phase={phase.kind}>
      <h3 id={headingId}>{phaseTitle(t, trace, phase)}</h3>
      <PhaseBody t={t} trace={trace} phase={phase} batch={batch} />
    </div>
  );
}

function PhaseBody({ t, trace, phase, batch }: Omit<Props, 'headingId'>) {
  const L = trace.layers.length;
  const out = t('backprop.out');
  switch (phase.kind) {
    case 'forward': {
      const layer = trace.layers[phase.layer];
      const isOut = phase.layer === L - 1;
      const f = isOut ? 'σ' : fName(trace.activation);
      return (
        <>
          <p>{isOut ? t('backprop.forward.outBody') : t('backprop.forward.body', { f })}</p>
          <ul className="formulas">
            {layer.z.map((z, i) => (
              <li key={i} data-unit={i}>
                <strong>{unitName(phase.layer, i, L, out)}</strong>: z = <Products pairs={weightsInto(layer, i)} /> + <N v={layer.b[i]} paren /> = <N v={z} />;
                {' '}a = {f}(<N v={z} />) = <N v={layer.a[i]} />
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'error': {
      const last = trace.layers[L - 1];
      const mse = trace.loss === 'mse';
      return (
        <>
          <p>{t(mse ? 'backprop.error.bodyMse' : 'backprop.error.bodyCe', { a: `a = ${num(last.a[0])}`, y: `y = ${num(trace.y[0])}` })}</p>
          <ul className="formulas">
            {last.delta.map((d, i) => (
              <li key={i} data-unit={i}>
                <strong>{unitName(L - 1, i, L, out)}</strong>:{' '}
                {mse ? (
                  <>δ = (a − y) × σ′ = (<N v={last.a[i]} /> − <N v={trace.y[i]} />) × <N v={last.slope![i]} /> = <N v={d} /></>
                ) : (
                  <>δ = a − y = <N v={last.a[i]} /> − <N v={trace.y[i]} /> = <N v={d} /></>
                )}
              </li>
            ))}
          </ul>
          <p>{t('backprop.error.loss', { loss: num(trace.lossValue) })}</p>
        </>
      );
    }
    case 'backward': {
      const here = trace.layers[phase.layer];
      const above = trace.layers[phase.layer + 1];
      const s = slopeName(trace.activation);
      return (
        <>
          <p>{t('backprop.backward.body', { f: fName(trace.activation) })}</p>
          <ul className="formulas">
            {here.delta.map((d, j) => (
              <li key={j} data-unit={j}>
                <strong>{unitName(phase.layer, j, L, out)}</strong>: δ = (w · δ) × {s} = (
                <Products pairs={above.delta.map((da, i) => [above.W[i * above.inputs + j], da] as [number, number])} />) × <N v={here.slope![j]} />
                {' '}= <N v={here.dA![j]} paren /> × <N v={here.slope![j]} /> = <N v={d} />
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'gradients':
      return (
        <>
          <p>{t('backprop.gradients.body')}</p>
          {trace.l2 > 0 && <p>{t('backprop.gradients.l2', { l2: num(trace.l2) })}</p>}
          {trace.layers.map((layer, l) => (
            <GradientTable key={l} t={t} layer={layer} l={l} L={L} out={out} />
          ))}
        </>
      );
    case 'update':
      return (
        <>
          <p>{t('backprop.update.body', { lr: num(trace.learningRate) })}</p>
          {trace.layers.map((layer, l) => (
            <UpdateTable key={l} t={t} layer={layer} l={l} L={L} out={out} lr={trace.learningRate} />
          ))}
        </>
      );
    case 'chain':
      return (
        <>
          <p>{t('backprop.chain.body', { first: layerName(0, L, out) })}</p>
          <h4>{t('backprop.chain.slopes')}</h4>
          <ul className="formulas">
            {trace.layers.slice(0, -1).map((layer, l) => ({ layer, l })).reverse().map(({ layer, l }) => (
              <li key={l}>
                <strong>{layerName(l, L, out)}</strong> {slopeName(trace.activation)}: {layer.slope!.map((v, j) => <Fragment key={j}>{j > 0 && ', '}<N v={v} /></Fragment>)}
              </li>
            ))}
          </ul>
          <h4>{t('backprop.chain.sizes')}</h4>
          <Sizes values={trace.layers.map((l) => l.deltaNorm)} names={trace.layers.map((_, l) => layerName(l, L, out))} />
          <h4>{t('backprop.chain.grads')}</h4>
          <Sizes values={trace.layers.map((l) => l.gradNorm)} names={trace.layers.map((_, l) => layerName(l, L, out))} />
          <p className="backprop-play">{t('backprop.chain.play', { batch })}</p>
        </>
      );
  }
}

/** (w, input) pairs of unit i of a layer, input order. */
function weightsInto(layer: TraceLayer, i: number): [number, number][] {
  return layer.input.map((v, j) => [layer.W[i * layer.inputs + j], v]);
}

/** ∂L/∂W of one layer as the outer product it is: δ of each unit down the side, each input along the top. */
function GradientTable({ t, layer, l, L, out }: { t: StepT; layer: TraceLayer; l: number; L: number; out: string }) {
  return (
    <TableBox label={layerName(l, L, out)}>
    <table className="backprop-table" data-layer={l}>
      <caption>{t('backprop.gradients.norm', { layer: layerName(l, L, out), norm: num(layer.gradNorm) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backprop.gradients.corner')}</th>
          {layer.input.map((v, j) => (
            <th key={j} scope="col">
              {inputName(l, j, L, out)} = <N v={v} />
            </th>
          ))}
          <th scope="col">{t('backprop.gradients.bias')}</th>
        </tr>
      </thead>
      <tbody>
        {layer.delta.map((d, i) => (
          <tr key={i}>
            <th scope="row">
              {unitName(l, i, L, out)}: δ = <N v={d} />
            </th>
            {layer.input.map((_, j) => (
              <td key={j}>
                <N v={layer.dW[i * layer.inputs + j]} />
              </td>
            ))}
            <td>
              <N v={layer.db[i]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableBox>
  );
}

/** Every parameter of one layer before and after the engine's SGD step, with its gradient. */
function UpdateTable({ t, layer, l, L, out, lr }: { t: StepT; layer: TraceLayer; l: number; L: number; out: string; lr: number }) {
  const rows: { name: string; w: number; g: number; after: number }[] = [];
  layer.delta.forEach((_, i) => {
    layer.input.forEach((_, j) => {
      const k = i * layer.inputs + j;
      rows.push({ name: `w(${unitName(l, i, L, out)} ← ${inputName(l, j, L, out)})`, w: layer.W[k], g: layer.dW[k], after: layer.WAfter[k] });
    });
    rows.push({ name: `b(${unitName(l, i, L, out)})`, w: layer.b[i], g: layer.db[i], after: layer.bAfter[i] });
  });
  return (
    <TableBox label={layerName(l, L, out)}>
    <table className="backprop-table update" data-layer={l}>
      <caption>{layerName(l, L, out)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backprop.update.param')}</th>
          <th scope="col">{t('backprop.update.before')}</th>
          <th scope="col">− η × {t('backprop.update.grad')}</th>
          <th scope="col">{t('backprop.update.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            <td><N v={r.w} digits={6} /></td>
            <td>− <N v={lr} /> × <N v={r.g} paren /></td>
            <td><N v={r.after} digits={6} /></td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableBox>
  );
}

/** A table's box: it scrolls sideways when the table is wider than the panel, and takes focus so the keyboard can scroll it. */
function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="backprop-table-box" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** Sizes by layer, output first (the order the error travels), each with a bar on a log scale. */
function Sizes({ values, names }: { values: readonly number[]; names: readonly string[] }) {
  const finite = values.filter((v) => v > 0 && Number.isFinite(v));
  const hi = Math.log10(Math.max(...finite, 1e-12));
  const lo = Math.min(hi - 1, Math.log10(Math.min(...finite, 1)));
  return (
    <ul className="backprop-sizes">
      {values.map((v, l) => ({ v, l })).reverse().map(({ v, l }) => (
        <li key={l}>
          <span className="size-name">{names[l]}</span>
          <span className="size-bar" aria-hidden="true" style={{ width: `${v > 0 ? Math.max(2, (100 * (Math.log10(v) - lo + 0.3)) / (hi - lo + 0.3)) : 0}%` }} />
          <N v={v} />
        </li>
      ))}
    </ul>
  );
}
