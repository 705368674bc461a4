import { RUN_COLORS, RUN_DASHES } from './theme.ts';

/** A short line in run i's colour and dash pattern, as the curves draw it. */
export function RunSwatch({ index }: { index: number }) {
  const k = index % RUN_COLORS.length;
  return (
    <svg className="run-swatch" width="1.75em" height="0.625em" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke={RUN_COLORS[k]} strokeWidth="3" strokeDasharray={RUN_DASHES[k] || undefined} />
    </svg>
  );
}
