import { describe, expect, it } from 'vitest';
import { activityQuery, appBase, iframeSnippet, type Activity } from '../../src/state/activity.ts';
import { CONTROL_NAMES } from '../../src/state/urlParams.ts';
import { parseUrl } from '../../src/state/url.ts';

const page = parseUrl('lesson=dropout&lang=ko&l2=0.001&present=1&narrator=off&sound=1&soundRun=B&workers=2&autoplay=1&origin=https://lms.example.org&speed=max').state;
const activity: Activity = { controls: ['compare', 'play'], lock: ['l2', 'depth'], task: '  Why does <b>B</b> win? & 50 %  ' };

describe('an activity’s link', () => {
  it('opens the page’s setup with the activity’s controls, locks and instruction, and none of the page’s viewing options', () => {
    const q = new URLSearchParams(activityQuery(page, activity));
    expect(q.get('lesson')).toBe('dropout');
    expect(q.get('lang')).toBe('ko');
    expect(q.get('l2')).toBe('0.001');
    expect(q.get('speed')).toBe('max');
    expect(q.get('controls')).toBe('play,compare');
    expect(q.get('lock')).toBe('depth,l2');
    expect(q.get('task')).toBe('Why does <b>B</b> win? & 50 %');
    for (const off of ['present', 'embed', 'autoplay', 'origin', 'narrator', 'sound', 'soundRun', 'workers']) expect(q.has(off), off).toBe(false);
  });

  it('reads back, through the URL table, exactly as made', () => {
    const { state, notices } = parseUrl(activityQuery(page, activity));
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ lessonId: 'dropout', config: page.config, comparison: page.comparison, controls: ['play', 'compare'], lock: ['depth', 'l2'], task: 'Why does <b>B</b> win? & 50 %' });
  });

  it('leaves controls=, lock= and task= out when every control is shown, nothing is locked and there is no instruction', () => {
    const q = new URLSearchParams(activityQuery(page, { controls: CONTROL_NAMES, lock: [], task: '   ' }));
    expect(['controls', 'lock', 'task'].filter((k) => q.has(k))).toEqual([]);
  });

  it('shows no control when none is ticked (controls= with nothing)', () => {
    expect(parseUrl(activityQuery(page, { controls: [], lock: [], task: '' })).state.controls).toEqual([]);
  });

  it('cuts an instruction longer than 280 characters', () => {
    const q = new URLSearchParams(activityQuery(page, { ...activity, task: 'y'.repeat(300) }));
    expect(q.get('task')).toBe('y'.repeat(280));
  });

  it('adds embed=1 for the iframe', () => {
    expect(new URLSearchParams(activityQuery(page, activity, true)).get('embed')).toBe('1');
  });
});

describe('the app’s address', () => {
  it('keeps the sub-path and drops query and hash', () => {
    expect(appBase({ origin: 'https://school.example.org', pathname: '/courses/ml/backprop-lab/index.html' })).toBe('https://school.example.org/courses/ml/backprop-lab/index.html');
    expect(appBase(new URL('http://127.0.0.1:4173/lab/?lesson=l2#x'))).toBe('http://127.0.0.1:4173/lab/');
  });
});

describe('the iframe code', () => {
  it('quotes the link and title as HTML attributes, so a course page gets exactly that link', () => {
    const src = 'https://x.org/lab/?lesson=dropout&task=%22%3Cb%3E&lang=en';
    const html = iframeSnippet(src, 'Backprop Lab: "Dropout" <1>');
    expect(html).toBe(
      '<iframe src="https://x.org/lab/?lesson=dropout&amp;task=%22%3Cb%3E&amp;lang=en" title="Backprop Lab: &quot;Dropout&quot; &lt;1&gt;" width="100%" height="640" style="border: 0" sandbox="allow-scripts allow-same-origin allow-downloads"></iframe>',
    );
  });
});
