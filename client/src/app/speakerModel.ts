import type { WalkthroughRecord } from '../api/records.js';
import type { Lang } from '../state/ViewState.js';
import { clampStep } from '../state/walkthrough.js';

/** What the speaker view shows of one step. */
export interface SpeakerModel {
  lang: Lang;
  walkTitle: string;
  step: number;
  count: number;
  title: string;
  narration: string;
  /** The notes in the page's language (the other language's when only those were written). */
  notes: string;
  /** The notes in the other language, when written: one click away. */
  otherNotes: string;
  /** The next step's title; null at the last step. */
  nextTitle: string | null;
}

const inLang = (lang: Lang, en: string | null | undefined, zh: string | null | undefined) => (lang === 'zh' ? zh || en : en || zh) ?? '';

export function speakerModel(walkthrough: WalkthroughRecord, step: number, lang: Lang): SpeakerModel {
  const count = walkthrough.steps.length;
  const at = clampStep(step, count);
  const s = walkthrough.steps[at - 1]!;
  const next = walkthrough.steps[at];
  const notes = inLang(lang, s.notes, s.notesZh);
  const other = inLang(lang === 'zh' ? 'en' : 'zh', s.notes, s.notesZh);
  return {
    lang,
    walkTitle: inLang(lang, walkthrough.title, walkthrough.titleZh),
    step: at,
    count,
    title: inLang(lang, s.title, s.titleZh),
    narration: inLang(lang, s.narration, s.narrationZh),
    notes,
    otherNotes: other === notes ? '' : other,
    nextTitle: next ? inLang(lang, next.title, next.titleZh) : null,
  };
}

/** A clock for the talk: h:mm:ss, or m:ss under an hour. */
export function elapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
