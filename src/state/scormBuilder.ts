/**
 * The SCORM package builder the activity maker offers as a download. It lives in embed/ (beside the LMS adapter and
 * `npm run package:scorm`, which share its manifest), and views and embed do not import each other: main.tsx hands it
 * over here, loaded on first use.
 */
export type ScormBuilder = (opts: { lesson: string; query: string; title?: string }) => Promise<Blob>;

let builder: ScormBuilder | null = null;

/** Sets the builder (main.tsx). */
export function provideScormBuilder(b: ScormBuilder): void {
  builder = b;
}

/** The builder, or null where none was given (a test page, a view alone). */
export function scormBuilder(): ScormBuilder | null {
  return builder;
}
