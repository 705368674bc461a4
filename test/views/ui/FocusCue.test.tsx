// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { ko } from '../../../src/i18n/ko.ts';
import { LESSONS, VIEW_IDS } from '../../../src/state/lessons.ts';
import { FocusCue } from '../../../src/views/ui/FocusCue.tsx';
import { mount, type Mounted } from '../labRender.tsx';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

/** Every view's heading with its cue, as the panels have them. */
function headings() {
  return (
    <>
      {VIEW_IDS.map((v) => (
        <h2 key={v} data-view={v}>
          {v}
          <FocusCue view={v} />
        </h2>
      ))}
    </>
  );
}

const cued = () => [...m!.container.querySelectorAll('[data-focus-cue]')].map((e) => e.getAttribute('data-focus-cue'));

describe('FocusCue', () => {
  it('marks exactly the open lesson’s focus views, for every lesson', () => {
    for (const l of LESSONS) {
      m = mount(headings(), { lessonId: l.id });
      expect(cued().sort(), l.id).toEqual([...l.focus].sort());
      m.unmount();
      m = null;
    }
  });

  it('reads "Watch this" after the heading’s name, in the page’s language', () => {
    m = mount(headings(), { lessonId: 'vanishing' });
    expect(m.container.querySelector('[data-view="gradients"]')!.textContent).toBe(`gradients ${en['views.focus']}`);
    m.unmount();
    m = mount(headings(), { lessonId: 'vanishing', lang: 'ko' });
    expect(m.container.querySelector('[data-view="gradients"]')!.textContent).toBe(`gradients ${ko['views.focus']}`);
  });

  it('says nothing when the lesson text is not on the page (an embed without the lesson control)', () => {
    m = mount(headings(), { lessonId: 'vanishing', controls: ['play'] });
    expect(cued()).toEqual([]);
  });
});
