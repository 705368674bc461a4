/** Sonification controls, English. */
export const soundEn = {
  'sound.title': 'Sound of the gradients',
  'sound.toggle': 'Sound',
  'sound.run': 'Listen to',
  'sound.volume': 'Volume',
  'sound.volumeValue': '{n} percent',
  'sound.waiting': 'Sound starts at your first click or key press.',
  'sound.hint': 'Each hidden layer plays a tone: the smaller its gradient, the lower the tone; the first layer on the left.',
};
