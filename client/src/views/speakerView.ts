import { elapsed, type SpeakerModel } from '../app/speakerModel.js';
import { commandFor } from '../app/shortcuts.js';
import { walkMessages } from '../i18n/walkMessages.js';
import type { Lang } from '../state/ViewState.js';
import type { StepMove } from '../state/walkthrough.js';
import { h } from './dom.js';

export interface SpeakerControls {
  move(move: StepMove): void;
  toggleLang(): void;
}

const MOVES: Record<string, StepMove> = { nextStep: 'next', previousStep: 'previous', firstStep: 'first', lastStep: 'last' };

/**
 * The speaker view, in place of the explorer (it marks <body>): the step's notes large, its
 * title and narration, the next step's title, a clock since the view opened, and the same keys
 * as the room's window (a clicker may be plugged into either).
 */
export function createSpeakerView(controls: SpeakerControls) {
  const container = h('main', { className: 'speaker', attrs: { id: 'speaker' } });
  document.body.append(container);
  document.body.classList.add('speaker-view');
  const walkTitle = h('h1', { className: 'speaker-walk' });
  const counter = h('p', { className: 'speaker-count' });
  const clock = h('p', { className: 'speaker-clock', attrs: { 'aria-live': 'off' } });
  const restart = h('button', { className: 'small', attrs: { type: 'button', 'data-action': 'restart-clock' } });
  const notesHeading = h('h2', {});
  const notes = h('div', { className: 'speaker-notes', attrs: { 'aria-live': 'polite' } });
  const otherSummary = h('summary', {});
  const otherNotes = h('div', { className: 'speaker-other-notes' });
  const other = h('details', { className: 'speaker-other' }, otherSummary, otherNotes);
  const title = h('h2', { className: 'speaker-title' });
  const narration = h('p', { className: 'speaker-narration' });
  const nextLabel = h('span', { className: 'speaker-next-label' });
  const nextTitle = h('span', { className: 'speaker-next-title' });
  const button = (action: string, run: () => void) => h('button', { attrs: { type: 'button', 'data-action': action }, on: { click: run } });
  const previous = button('previous-step', () => controls.move('previous'));
  const next = button('next-step', () => controls.move('next'));
  const lang = button('speaker-lang', () => controls.toggleLang());
  const message = h('p', { className: 'speaker-message' });
  let started = Date.now();
  const tick = () => (clock.textContent = `${walkMessages(current).elapsed} ${elapsed(Date.now() - started)}`);
  let current: Lang = 'zh';
  restart.addEventListener('click', () => {
    started = Date.now();
    tick();
  });
  setInterval(tick, 1000);

  container.replaceChildren(
    h('div', { className: 'speaker-head' }, walkTitle, counter, clock, restart, lang),
    message,
    h('section', { className: 'speaker-main' }, notesHeading, notes, other),
    h('section', { className: 'speaker-step' }, title, narration, h('p', { className: 'speaker-next' }, nextLabel, ' ', nextTitle)),
    h('div', { className: 'speaker-actions' }, previous, next),
  );

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
    const command = commandFor(event, true);
    const move = command && MOVES[command];
    if (!move) return;
    event.preventDefault();
    controls.move(move);
  });

  return {
    render(model: SpeakerModel | { lang: Lang; message: string }) {
      current = model.lang;
      const w = walkMessages(model.lang);
      document.documentElement.lang = model.lang === 'zh' ? 'zh-CN' : 'en';
      document.title = w.speakerTitle;
      lang.textContent = model.lang === 'zh' ? 'English' : '中文';
      restart.textContent = w.restartClock;
      tick();
      const ready = !('message' in model);
      message.textContent = ready ? '' : model.message;
      for (const part of [previous, next]) part.disabled = !ready;
      if (!ready) return;
      walkTitle.textContent = model.walkTitle;
      counter.textContent = `${model.step} / ${model.count}`;
      notesHeading.textContent = w.speakerNotes;
      notes.textContent = model.notes || w.speakerNoNotes;
      otherSummary.textContent = w.otherLanguageNotes;
      otherNotes.textContent = model.otherNotes;
      other.hidden = !model.otherNotes;
      title.textContent = model.title;
      narration.textContent = model.narration;
      nextLabel.textContent = `${w.nextStep}:`;
      nextTitle.textContent = model.nextTitle ?? w.lastStepReached;
      previous.textContent = `← ${w.previousStep}`;
      next.textContent = `${w.nextStep} →`;
      previous.disabled = model.step <= 1;
      next.disabled = model.step >= model.count;
    },
  };
}
