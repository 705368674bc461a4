import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { askDescribe, reset, setPresent, stepOnce } from '../../state/actions.ts';
import { openLessonAsLearner } from '../../state/lock.ts';
import { togglePlayAndShow } from '../ui/showFocus.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LessonNav } from './LessonNav.tsx';
import { neighbourLesson } from './lessonNav.ts';
import type { ShortcutAction } from './shortcuts.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useShortcuts } from './useShortcuts.ts';
import './lesson.css';

/**
 * The page header: title, lesson picker, language, presenter mode, `tools` the page puts beside it (the activity
 * maker's button) and the shortcut list; owns the keyboard shortcuts.
 */
export function TopBar({ tools }: { tools?: ReactNode }) {
  const t = useT();
  const present = useLab((s) => s.present);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  const helpId = useId();
  const closeHelp = useCallback(() => {
    setHelpOpen(false);
    helpButton.current?.focus();
  }, []);
  useShortcuts((action: ShortcutAction) => {
    switch (action) {
      case 'togglePlay':
        return togglePlayAndShow();
      case 'step':
        return stepOnce();
      case 'reset':
        return reset();
      case 'describe':
        return askDescribe();
      case 'prevLesson':
      case 'nextLesson': {
        const id = neighbourLesson(useLab.getState().lessonId, action === 'prevLesson' ? -1 : 1);
        if (id) openLessonAsLearner(id);
        return;
      }
      case 'help':
        if (helpOpen) closeHelp();
        else setHelpOpen(true);
        return;
    }
  });
  return (
    <header className="top-bar">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        {!present && <p className="tagline">{t('tagline')}</p>}
      </div>
      <LessonNav />
      <div className="top-tools">
        <LanguageSwitch />
        <button type="button" aria-pressed={present} onClick={() => setPresent(!present)} data-testid="present">
          {t('classroom.present')}
        </button>
        {tools}
        <button
          type="button"
          ref={helpButton}
          className="help-button"
          aria-label={t('classroom.shortcuts')}
          aria-expanded={helpOpen}
          aria-controls={helpOpen ? helpId : undefined}
          onClick={() => (helpOpen ? closeHelp() : setHelpOpen(true))}
        >
          ?
        </button>
        {helpOpen && <ShortcutsDialog id={helpId} onClose={closeHelp} />}
      </div>
    </header>
  );
}
