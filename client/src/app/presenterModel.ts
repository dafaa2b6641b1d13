import type { StepRecord, WalkthroughRecord } from '../api/records.js';
import { edgesAmong } from '../graph/graphCache.js';
import type { PresenterModel } from '../views/presenterPanel.js';
import type { Session } from './session.js';

/** The walkthrough the state is presenting, if it is loaded and known. */
export function currentWalkthrough(session: Session): WalkthroughRecord | null {
  const walk = session.state().walk;
  return (walk && session.walkthroughs?.find((w) => w.id === walk.id)) || null;
}

/** What the narration panel shows, or null when not presenting. */
export function presenterModel(session: Session): PresenterModel | null {
  const walkthrough = currentWalkthrough(session);
  const walk = session.state().walk;
  return walkthrough && walk && walkthrough.steps.length ? { lang: session.state().lang, walkthrough, step: walk.step } : null;
}

/** The step on the canvas: the one presented, or the one the editor previews while the canvas still shows it. */
function stepShown(session: Session): Pick<StepRecord, 'focus' | 'highlight'> | null {
  const walk = session.state().walk;
  if (walk) return currentWalkthrough(session)?.steps[walk.step - 1] ?? null;
  const preview = session.walkEditor?.preview;
  const visible = session.state().visible;
  // Any edit of the canvas since the preview ends it.
  const same = preview && preview.focus.length === visible.length && preview.focus.every((id) => visible.includes(id));
  return same ? preview : null;
}

/** What a step draws emphasised (its highlight and the relationships among it), or null. */
export function stepHighlight(session: Session): Set<string> | null {
  const step = stepShown(session);
  const on = step?.highlight.filter((id) => session.state().visible.includes(id)) ?? [];
  // Emphasising everything would dim nothing: no highlight.
  if (!step || !on.length || on.length === step.focus.length) return null;
  return new Set([...on, ...edgesAmong(session.cache, on).map((e) => e.id)]);
}
