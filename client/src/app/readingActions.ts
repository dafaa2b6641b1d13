import type { SourceSpan } from '../generated/graphql.js';
import { timelineCitations } from '../reading/timelineCitations.js';
import { guard } from './guard.js';
import { renderViews } from './renderViews.js';
import type { Session } from './session.js';

/** Puts one document, with every span of it the graph cites, in the reading view. */
export async function readDocument(session: Session, id: string): Promise<void> {
  const [doc, citations] = await Promise.all([session.api.fetchDocument(id), session.api.fetchCitations(id)]);
  if (!doc) return session.views.reading.setMissing();
  session.documentCitations = [...citations, ...timelineCitations(session.cache, id)];
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
