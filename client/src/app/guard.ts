import { describeError } from '../i18n/describeError.js';
import type { Session } from './session.js';

/** Runs a request; a failure becomes a message in the page with a retry, never an unhandled rejection. */
export async function guard(session: Session, work: () => Promise<void>, retry?: () => void): Promise<void> {
  session.views.busy(++session.pending > 0);
  try {
    await work();
  } catch (error) {
    session.views.status.show('error', describeError(error, session.state().lang), retry ? { label: session.m().retry, run: retry } : undefined);
  } finally {
    session.views.busy(--session.pending > 0);
  }
}
