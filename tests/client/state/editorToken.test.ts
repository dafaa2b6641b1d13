import { describe, expect, it } from 'vitest';
import { readToken, takeEditorToken } from '../../../client/src/state/editorToken.js';

const TOKEN = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';

describe('the editor token from an editor link', () => {
  it('takes the token out of the query, leaving the rest of the link as it was', () => {
    expect(takeEditorToken(`editor=${TOKEN}`)).toEqual({ token: TOKEN, query: '', found: true });
    expect(takeEditorToken(`walk=walkthrough%3Ax&editor=${TOKEN}&step=2`)).toEqual({ token: TOKEN, query: 'walk=walkthrough%3Ax&step=2', found: true });
  });

  it('leaves a link without one untouched', () => {
    expect(takeEditorToken('v=bureau%3Aa&lang=en')).toEqual({ token: null, query: 'v=bureau%3Aa&lang=en', found: false });
  });

  it('drops a malformed token from the URL too, and never keeps it', () => {
    for (const bad of ['', 'short', 'a b c d e f g h i j k l m n o p', '编辑令牌编辑令牌编辑令牌编辑令牌', 'tab\tseparated-token-xxxxxx', 'x'.repeat(600)]) {
      const taken = takeEditorToken(`lang=en&editor=${encodeURIComponent(bad)}`);
      expect(taken).toEqual({ token: null, query: 'lang=en', found: true });
    }
  });

  it('reads back only a well-formed stored token', () => {
    expect(readToken(TOKEN)).toBe(TOKEN);
    // Any printable ASCII, as EDITOR_TOKEN may be set to (openssl rand -base64 32 has + / =).
    expect(readToken('Zm9v+YmFy/YmF6=+!#$%&()*')).toBe('Zm9v+YmFy/YmF6=+!#$%&()*');
    expect(readToken(null)).toBeNull();
    expect(readToken(42)).toBeNull();
    expect(readToken('not a token')).toBeNull();
  });
});
