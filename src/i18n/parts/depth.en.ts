/** The lessons of chapter 1 that show why hidden layers matter and why deep nets were hard to train, English. */
export const depthEn = {
  'lessons.onelayer.title': 'One layer is not enough: XOR',
  'lessons.onelayer.look':
    'XOR: one class sits in two opposite corners, the other class in the other two. Run A has no hidden layer — the inputs feed the output directly, so it can draw only one straight line. Run B adds one hidden layer of 8 tanh units. Watch the two decision boundaries and the network diagrams.',
  'lessons.onelayer.predict': 'After 2,000 steps, how well will the network with no hidden layer separate XOR?',
  'lessons.onelayer.choice1': 'As well as the hidden-layer net, only later',
  'lessons.onelayer.choice2': 'No better than chance: one straight line cannot do it',
  'lessons.onelayer.choice3': 'Perfectly: XOR is easy',
  'lessons.onelayer.happened':
    'With no hidden layer the net computes σ(w·x + b), so its boundary is a single straight line, and no straight line puts two opposite corners on one side and the other two on the other: it stayed near 50 %. A hidden layer bends the plane first. Each tanh unit draws a line of its own, and the output combines them into a boundary that wraps the corners (97 % here). That is why networks need hidden layers, and for about thirty years nobody had a good way to train them, until backpropagation.',

  'lessons.deeper.title': 'Deeper got worse: 1, 2, 4 and 8 sigmoid layers',
  'lessons.deeper.look':
    'The same sigmoid network with 1, 2, 4 and 8 hidden layers of 16 units, all started with Xavier initialisation and trained with plain SGD on the two circles. Backpropagation can train every layer, so more layers ought to mean a more powerful net. Watch the four validation curves.',
  'lessons.deeper.predict': 'After 3,000 steps, which depth will do best?',
  'lessons.deeper.choice1': '8 layers: the deepest net is the most powerful',
  'lessons.deeper.choice2': 'All about the same',
  'lessons.deeper.choice3': '1 layer; the deepest nets stay at chance',
  'lessons.deeper.happened':
    'One hidden layer reached 99 %, two about 87 %, and four and eight layers never left 50 %, although each of them can represent everything the shallow net can. Adding layers did not take power away; it made the net harder to train. This is what people found when they first trained deep nets with backpropagation. The next chapter shows why: the gradient shrinks each time it passes back through a sigmoid layer.',
};
