import { ApiError } from '../api/ApiError.js';
import type { Lang } from '../state/ViewState.js';
import { messages } from './messages.js';

/** A message a user can act on, from whatever a request threw. */
export function describeError(error: unknown, lang: Lang): string {
  const m = messages(lang);
  if (error instanceof ApiError) {
    if (error.code === 'SERVICE_UNAVAILABLE') return m.errorUnavailable;
    if (error.code === 'NETWORK') return m.errorNetwork;
    return m.errorOther(error.message);
  }
  return m.errorOther(error instanceof Error ? error.message : String(error));
}
