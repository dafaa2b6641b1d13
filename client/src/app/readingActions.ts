import type { SourceSpan } from '../generated/graphql.js';
import { replace } from '../state/history.js';
import { defaultDocument } from './defaultDocument.js';
import { guard } from './guard.js';
import { renderViews } from './renderViews.js';
import type { Session } from './session.js';

/**
 * Puts one document, with every span of it the graph cites, in the reading view, and its id in
 * the address (`rd`) unless it is the one the view opens on anyway. Not an undo step,
 * nor a history entry of its own: the document read goes along with the view it is read beside.
 */
export async function readDocument(session: Session, id: string): Promise<void> {
  const [doc, citations] = await Promise.all([session.api.fetchDocument(id), session.api.fetchCitations(id)]);
  if (!doc) return session.views.reading.setMissing();
  const reading = id === defaultDocument(session.documents) ? null : id;
  if (session.state().reading !== reading) session.history = replace(session.history, { ...session.state(), reading });
  // Status changes' words too: the API cites them for the pledge they change.
  session.documentCitations = citations;
  session.document = doc;
  session.readingId = id;
  session.views.reading.setDocument(doc, session.state().lang);
  session.views.reading.setDocuments(session.documents, id, session.state().lang);
  await renderViews(session);
}

/** The reading view's document picker, and quotes of any document shown in their own. */
export function readingActions(session: Session) {
  return {
    read: (id: string) => void guard(session, () => readDocument(session, id)),
    /** "Show in the document": opens the quote's document first when another is shown. */
    showSpan(span: Pick<SourceSpan, 'documentId' | 'start' | 'end'>) {
      if (!session.readingId || span.documentId === session.readingId) return session.views.reading.showSpan(span.start, span.end);
      void guard(session, async () => {
        await readDocument(session, span.documentId);
        session.views.reading.showSpan(span.start, span.end);
      });
    },
  };
}
