import type { WalkthroughRecord } from '../api/records.js';
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
