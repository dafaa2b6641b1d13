import type { StepRecord, WalkthroughRecord } from '../api/records.js';
import type { Dispatch } from '../app/Intent.js';
import { messages } from '../i18n/messages.js';
import { walkMessages } from '../i18n/walkMessages.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';

export interface PresenterModel {
  lang: Lang;
  walkthrough: WalkthroughRecord;
  /** 1-based, already clamped. */
  step: number;
}

/** Chinese text when the language is Chinese and the curator wrote it; English otherwise. */
const inLang = (lang: Lang, en: string, zh: string | null | undefined) => (lang === 'zh' && zh ? zh : en);
const stepText = (lang: Lang, step: StepRecord) => ({
  title: inLang(lang, step.title, step.titleZh),
  narration: inLang(lang, step.narration, step.narrationZh),
});

/**
 * The narration panel of presenter mode, under the canvas: built once and updated in place, so
 * the button the presenter last pressed keeps its focus from step to step. It also marks
 * <body> (the stylesheet hides the sidebar then) and the top bar's "Present" button.
 */
export function createPresenterPanel(container: HTMLElement, presentButton: HTMLElement, dispatch: Dispatch) {
  // The walkthrough's title is the page's heading while the top bar (and its h1) is hidden.
  const walkTitle = h('h1', { className: 'presenter-walk' });
  const counter = h('p', { className: 'presenter-count' });
  const title = h('h2', { className: 'presenter-title', attrs: { id: 'presenter-title' } });
  // Read out on every step, for whoever follows with a screen reader.
  const narration = h('p', { className: 'presenter-narration', attrs: { 'aria-live': 'polite' } });
  const button = (action: string, run: () => void) => h('button', { attrs: { type: 'button', 'data-action': action }, on: { click: run } });
  const previous = button('previous-step', () => dispatch({ type: 'moveStep', move: 'previous' }));
  const next = button('next-step', () => dispatch({ type: 'moveStep', move: 'next' }));
  const exit = button('exit-presenter', () => dispatch({ type: 'exitPresenter' }));
  const fullScreen = button('full-screen', () => void toggleFullScreen());
  let shown: PresenterModel | null = null;
  // The speaker's own window (notes, next step, clock): it follows this one over a BroadcastChannel.
  const speaker = button('open-speaker', () => {
    if (!shown) return;
    const query = new URLSearchParams({ walk: shown.walkthrough.id, step: String(shown.step), lang: shown.lang, speaker: '1' });
    window.open(`${location.pathname}?${query.toString()}`, 'pledge-speaker', 'popup,width=1100,height=760');
  });
  const root = document.documentElement;

  async function toggleFullScreen() {
    // Refused without a user gesture or by policy: presenting still works in the window.
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    else await root.requestFullscreen?.().catch(() => undefined);
  }
  /** Leaving presenter mode leaves full screen too: the explorer needs its sidebar and its window. */
  function leaveFullScreen() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }
  document.addEventListener('fullscreenchange', () => {
    fullScreen.setAttribute('aria-pressed', String(!!document.fullscreenElement));
    // After the browser has laid the page out at its new size; also when leaving presenter mode
    // left full screen, since the canvas was fitted before the window got its size back.
    requestAnimationFrame(() => dispatch({ type: 'canvasResized' }));
  });
  fullScreen.setAttribute('aria-pressed', 'false');

  container.setAttribute('aria-labelledby', 'presenter-title');
  container.replaceChildren(
    h('div', { className: 'presenter-head' }, walkTitle, counter),
    title,
    narration,
    h('div', { className: 'presenter-actions' }, previous, next, fullScreen, speaker, exit),
  );

  return {
    render(model: PresenterModel | null) {
      // However presenter mode ends (Exit, Esc, Undo, an edit of the canvas), full screen ends with it.
      if (!model && !container.hidden) leaveFullScreen();
      document.body.classList.toggle('presenting', !!model);
      presentButton.setAttribute('aria-pressed', String(!!model));
      container.hidden = !model;
      shown = model;
      if (!model) return;
      const m = messages(model.lang);
      const { walkthrough: w, step } = model;
      const text = stepText(model.lang, w.steps[step - 1]!);
      walkTitle.textContent = inLang(model.lang, w.title, w.titleZh);
      counter.textContent = m.stepOf(step, w.steps.length);
      title.textContent = text.title;
      narration.textContent = text.narration;
      previous.textContent = `← ${m.previousStep}`;
      next.textContent = `${m.nextStep} →`;
      fullScreen.textContent = m.fullScreen;
      exit.textContent = m.exitPresenter;
      speaker.textContent = walkMessages(model.lang).openSpeaker;
      previous.disabled = step <= 1;
      next.disabled = step >= w.steps.length;
    },
    leaveFullScreen,
  };
}
