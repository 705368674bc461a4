// Minimal types for the parts of convnetjs 0.3 the bench uses (the package ships none).
declare module 'convnetjs' {
  export class Vol {
    constructor(values: number[]);
    constructor(sx: number, sy: number, depth: number, c?: number);
    w: Float64Array;
    dw: Float64Array;
  }
  export interface Layer {
    layer_type: string;
    forward(v: Vol, isTraining?: boolean): Vol;
    backward(y?: unknown): number | void;
  }
  export class Net {
    layers: Layer[];
    makeLayers(defs: object[]): void;
    forward(v: Vol, isTraining?: boolean): Vol;
  }
  export class RegressionLayer implements Layer {
    constructor(opt: { in_sx: number; in_sy: number; in_depth: number });
    layer_type: string;
    forward(v: Vol, isTraining?: boolean): Vol;
    backward(y?: unknown): number;
  }
  export class Trainer {
    constructor(net: Net, opt: object);
    train(x: Vol, y: number | number[]): { loss: number; cost_loss: number };
  }
  const convnetjs: {
    Vol: typeof Vol;
    Net: typeof Net;
    RegressionLayer: typeof RegressionLayer;
    Trainer: typeof Trainer;
  };
  export default convnetjs;
}
