/** The charts: gradient view, train/validation curves, layer health; containers and presentational parts. */
import './charts.css';

export { GradientPanel } from './GradientPanel.tsx';
export { GradientRun } from './GradientRun.tsx';
export { GradientChart } from './GradientChart.tsx';
export { GradientHeatmap } from './GradientHeatmap.tsx';
export { GradRatioReadout } from './GradRatioReadout.tsx';
export { ColorLegend } from './ColorLegend.tsx';
export { LayerLegend } from './LayerLegend.tsx';
export { AxisBottom, AxisLeft } from '../ui/Axis.tsx';
export { SegmentedSwitch } from '../ui/SegmentedSwitch.tsx';
export { RunTitle } from './RunTitle.tsx';
export { useSize } from '../ui/useSize.ts';
export { CurvesPanel } from './CurvesPanel.tsx';
export { CurvesChart } from './CurvesChart.tsx';
export { CurvesLegend } from './CurvesLegend.tsx';
export { CurvesReadout } from './CurvesReadout.tsx';
export { HealthPanel } from './HealthPanel.tsx';
export { HealthChart } from './HealthChart.tsx';
