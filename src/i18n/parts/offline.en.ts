/** Offline and update texts, English. */
export const offlineEn = {
  'offline.updateTitle': 'New version',
  'offline.updateReady': 'A new version of the lab was downloaded. It opens the next time you load the page.',
  'offline.reloadNow': 'Load it now',
};
