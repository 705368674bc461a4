// happy-dom has HTMLCanvasElement.transferControlToOffscreen, but the OffscreenCanvas it returns throws on
// getContext (it has no browser frame), where a browser gives a context and a test DOM without canvas gives
// null. Unit tests draw on canvases as a DOM without OffscreenCanvas does; test/views/fakeCanvas.ts puts a
// recording hand-off back for the canvases it records, and ui/canvasContext.test.ts tests the hand-off itself.
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen', { value: undefined, configurable: true, writable: true });
}
