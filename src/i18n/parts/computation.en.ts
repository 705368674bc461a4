/** The two lessons of the "Heavy computation" chapter, English. */
export const computationEn = {
  'lessons.cost.title': 'Cost grows with the weights',
  'lessons.cost.look':
    'Three networks of eight hidden layers, 16, 64 and 256 units wide, on plain JavaScript. Watch the compute table: parameters, floating-point operations (FLOPs) per step and steps per second side by side. Every weight costs a multiply and an add forward and about twice that backward, for every example of the batch — and one pass over a data set twice as large costs twice again.',
  'lessons.cost.predict': 'The 256-wide net has about 240 times the weights of the 16-wide one. How much slower is each of its training steps?',
  'lessons.cost.choice1': 'About as fast: a step is a step',
  'lessons.cost.choice2': 'About 16 times slower, as wide as it is',
  'lessons.cost.choice3': 'A hundred times slower or more, like its weights',
  'lessons.cost.happened':
    'Its steps per second fell roughly as its weights grew: the FLOPs per step are 6 × weights × batch, and each one takes time. A pass over twice the data takes twice the steps, so more data multiplies the bill again. This is why deep learning waited for faster hardware.',
  'lessons.hardware.title': 'What fixed it: more lanes, and batch norm',
  'lessons.hardware.look':
    'The same 8 × 64 ReLU network on the two spirals, four ways: plain JavaScript or WebAssembly SIMD, without and with batch normalisation. This is a race: each run trains as fast as its own setup allows, and the curves show validation accuracy against seconds of training. SIMD does four numbers per instruction instead of one; a CPU adds a few cores; a GPU runs the same multiply-adds on thousands of lanes at once. Batch norm attacks the other factor: how many steps are needed.',
  'lessons.hardware.predict': 'Which run reaches 90 % validation accuracy first?',
  'lessons.hardware.choice1': 'Plain JavaScript without batch norm',
  'lessons.hardware.choice2': 'SIMD without batch norm',
  'lessons.hardware.choice3': 'SIMD with batch norm',
  'lessons.hardware.happened':
    'Batch norm reached 90 % in about a tenth of the steps, at nearly the same cost per step; SIMD made every step several times cheaper. Together they win by far more than either alone: cheaper steps times fewer steps. GPUs and batch normalisation did this for real networks.',
};
