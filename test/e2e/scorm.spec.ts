import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { precachedFiles } from '../../src/embed/scormPackage.ts';
import { HOST, expect, readStep, test } from './fixtures.ts';

// The host server serves this folder as /lms/ (test/e2e/host-server.mjs): the package and its LMS page share one origin.
const UNZIPPED = 'test-results/scorm-package';
const ZIP = 'test-results/scorm-dropout.zip';

type Cmi = {
  suspend_data: string;
  core: { lesson_status: string; session_time: string; score: { raw: string; min: string; max: string } };
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; correct_responses: Record<string, { pattern: string }> }>;
};
const cmi = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as Cmi);

test('a SCORM 1.2 package of a lesson reports to the LMS, and a relaunch restores the setup and the prediction', async ({ page, problems }) => {
  // The package as a teacher makes it (from the build e2e runs against), unzipped where the "LMS" serves it.
  execFileSync('node_modules/.bin/tsx', ['src/embed/scormCli.ts', '--lesson', 'dropout', '--query', 'speed=max', '--out', ZIP, '--no-build'], { stdio: 'pipe' });
  rmSync(UNZIPPED, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    mkdirSync(dirname(join(UNZIPPED, path)), { recursive: true });
    writeFileSync(join(UNZIPPED, path), bytes);
  }
  const manifest = readFileSync(join(UNZIPPED, 'imsmanifest.xml'), 'utf8');
  // The page's own download (buildScormPackage) takes its file list from sw.js's precache list: the same files.
  const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
  expect(precachedFiles(readFileSync('dist/sw.js', 'utf8')).sort()).toEqual(listed);
  const href = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)![1].replaceAll('&amp;', '&');
  expect(href).toBe('index.html?lesson=dropout&speed=max&embed=1&scorm=1');
  const launch = (prior?: unknown) => page.goto(`${HOST}/scorm-lms.html?launch=${encodeURIComponent(`/lms/${href}`)}${prior ? `&cmi=${encodeURIComponent(JSON.stringify(prior))}` : ''}`);

  await launch();
  const lab = page.frameLocator('#sco');
  await expect(lab.locator('section.lesson')).toHaveAttribute('data-lesson', 'dropout');
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');
  // The learner changes a knob, predicts (the third choice is dropout's answer) and plays to the horizon.
  await lab.locator('#knob-activation').selectOption('tanh');
  await lab.locator('.lesson-predict').getByRole('radio').nth(2).check();
  await expect.poll(async () => (await cmi(page)).core.score).toEqual({ raw: '100', min: '0', max: '100' });
  expect((await cmi(page)).interactions[0]).toMatchObject({ id: 'dropout-prediction', type: 'choice', student_response: 'c', result: 'correct', correct_responses: { 0: { pattern: 'c' } } });
  await lab.getByTestId('play').click();
  await expect.poll(async () => (await cmi(page)).core.lesson_status, { timeout: 20_000 }).toBe('completed');

  // Leaving the page (pagehide) ends the session: session time, the state to resume, LMSFinish.
  await page.evaluate(() => document.getElementById('sco')!.remove());
  await expect.poll(() => page.evaluate(() => (window as unknown as { finished: boolean }).finished)).toBe(true);
  const first = await cmi(page);
  // As the lab sent it (HHHH:MM:SS.SS), and as scorm-again keeps it: some time, not none.
  const sets = await page.evaluate(() => (window as unknown as { sets: [string, string][] }).sets);
  expect(sets.filter(([k]) => k === 'cmi.core.session_time').map(([, v]) => v)).toEqual([expect.stringMatching(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/)]);
  expect(first.core.session_time).not.toBe('00:00:00');
  const saved = JSON.parse(first.suspend_data);
  expect(saved).toMatchObject({ version: 1, lesson: 'dropout', config: { activation: 'tanh' }, prediction: { choice: 2, revealed: true } });

  // Relaunch as an LMS does after "suspend": entry resume, with the suspend_data it kept.
  await launch({ core: { entry: 'resume', lesson_status: 'completed' }, suspend_data: first.suspend_data });
  await expect(lab.locator('section.lesson')).toHaveAttribute('data-lesson', 'dropout');
  await expect(lab.locator('#knob-activation')).toHaveValue('tanh');
  // The prediction as answered, its outcome shown as it was when the learner left: their pick was right.
  await expect(lab.getByTestId('lesson-outcome').locator('.verdict.right')).toBeVisible();
  expect(await readStep(lab)).toBe(0);
  expect((await cmi(page)).core.lesson_status).toBe('completed');
  expect(problems.list).toEqual([]);
});
