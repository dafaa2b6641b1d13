import { describeError } from '../i18n/describeError.js';
import type { Intent } from './Intent.js';
import type { Session } from './session.js';

/**
 * Runs a request; a failure becomes a message in the page, never an unhandled rejection. With
 * `retry`, the message offers a button that reports that intent again.
 */
export async function guard(session: Session, work: () => Promise<void>, retry?: Intent): Promise<void> {
  session.views.busy(++session.pending > 0);
  try {
    await work();
  } catch (error) {
    session.views.status.show('error', describeError(error, session.state().lang), retry ? { label: session.m().retry, intent: retry } : undefined);
  } finally {
    session.views.busy(--session.pending > 0);
  }
}
