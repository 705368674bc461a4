/** Saves a blob as a file through an <a download> with a blob URL (no request leaves the page). */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stem like "backprop-lab-vanishing-step1200". */
export function fileStem(lessonId: string, step: number): string {
  return `backprop-lab-${lessonId.replace(/[^a-z0-9-]/gi, '')}-step${step}`;
}
