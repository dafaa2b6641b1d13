import express, { type RequestHandler } from 'express';
import { isEditor } from '../auth/isEditor.js';

/** Anyone's request: queries and their variables are small. */
export const READER_BODY_LIMIT = '100kb';

/**
 * An editor's request may carry a whole report to ingestDocument (up to 1 MB of UTF-8 text, which
 * JSON may escape to several times that); the size of the text itself is checked by the input's
 * schema, with a GraphQL error naming the argument.
 */
export const EDITOR_BODY_LIMIT = '8mb';

/** JSON bodies, with the larger limit only for requests that carry the editor token. */
export function jsonBody(editorToken: string | undefined): RequestHandler {
  const reader = express.json({ limit: READER_BODY_LIMIT });
  const editor = express.json({ limit: EDITOR_BODY_LIMIT });
  return (req, res, next) => (isEditor(req.headers.authorization, editorToken) ? editor : reader)(req, res, next);
}
