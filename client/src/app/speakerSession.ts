import type { Api } from '../api/createApi.js';
import type { WalkthroughRecord } from '../api/records.js';
import { describeError } from '../i18n/describeError.js';
import { walkMessages } from '../i18n/walkMessages.js';
import { stateFromQuery } from '../state/urlState.js';
import { initialState, type Lang } from '../state/ViewState.js';
import { clampStep, moveStep, type StepMove } from '../state/walkthrough.js';
import type { WalkSignal } from '../state/walkSignal.js';
import { speakerModel, type SpeakerModel } from './speakerModel.js';

/** `speaker=1`: the page is the speaker view of the link's walkthrough, not the explorer. */
export function isSpeakerLink(query: string): boolean {
  return new URLSearchParams(query).get('speaker') === '1';
}

export interface SpeakerEnvironment {
  api: Api;
  query: string;
  storedLang: Lang | null;
  writeQuery(query: string): void;
  render(model: SpeakerModel | { lang: Lang; message: string }): void;
  announce(signal: WalkSignal): void;
}

/**
 * The speaker view's logic: the link's walkthrough at its step, in step with the room over the
 * channel. A step the speaker takes is announced; a step heard from the room is only shown.
 */
export function createSpeakerSession(env: SpeakerEnvironment) {
  const linked = stateFromQuery(env.query, initialState(env.storedLang ?? 'zh'));
  let lang = linked.lang;
  let walkId = linked.walk?.id ?? '';
  let step = linked.walk?.step ?? 1;
  let walkthroughs: WalkthroughRecord[] = [];
  const current = () => walkthroughs.find((w) => w.id === walkId) ?? null;

  const render = (message?: string) => {
    const walkthrough = current();
    if (!message && walkthrough?.steps.length) env.render(speakerModel(walkthrough, step, lang));
    else env.render({ lang, message: message ?? walkMessages(lang).speakerMissing(walkId) });
    env.writeQuery(new URLSearchParams({ walk: walkId, step: String(step), lang, speaker: '1' }).toString());
  };
  const go = (to: number, tell: boolean) => {
    step = clampStep(to, current()?.steps.length ?? 1);
    render();
    if (tell) env.announce({ type: 'step', walk: walkId, step });
  };

  return {
    async start() {
      env.render({ lang, message: walkMessages(lang).speakerLoading });
      try {
        walkthroughs = await env.api.fetchWalkthroughs();
      } catch (error) {
        return render(describeError(error, lang));
      }
      go(step, false);
      // The room may be elsewhere already: it answers with its step.
      env.announce({ type: 'where' });
    },
    move(move: StepMove) {
      const count = current()?.steps.length ?? 0;
      if (count) go(moveStep(step, count, move), true);
    },
    follow(signal: WalkSignal) {
      if (signal.type !== 'step') return;
      if (signal.walk !== walkId && !walkthroughs.some((w) => w.id === signal.walk)) return;
      walkId = signal.walk;
      if (signal.step !== step || current()) go(signal.step, false);
    },
    toggleLang() {
      lang = lang === 'zh' ? 'en' : 'zh';
      render();
    },
    lang: () => lang,
  };
}
