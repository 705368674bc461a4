/** The handwritten digits: the data set's name, its credit, and what the page says when its file cannot be used. */
export const digitsEn = {
  'opt.dataset.digits': 'Handwritten digits (8×8)',
  'digits.credit':
    'Handwritten digits: “Optical Recognition of Handwritten Digits” by E. Alpaydin and C. Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0; the 1,797-image copy shipped with scikit-learn.',
  'digits.noiseOff': 'Not used with the digits: the images are taken as given.',
  'digits.error.fetch': 'The handwritten digits could not be loaded (offline before the first visit, or blocked). Try again when online.',
  'digits.error.length': 'The handwritten digits file is incomplete or is not the right file. Reload the page.',
  'digits.error.checksum': 'The handwritten digits file is damaged (its checksum does not match). Reload the page.',
  'digits.error.values': 'The handwritten digits file holds values out of range. Reload the page.',
};
