import type { Plugin } from 'vite';

// url(data:font/woff2;base64,…), quoted or not.
const INLINE_FONT = /url\((["']?)data:font\/([\w-]+);base64,([A-Za-z0-9+/=]+)\1\)/g;

/**
 * GraphiQL's stylesheet carries its fonts (Roboto, Fira Code, Monaco's icons) as data: URLs,
 * which the Content-Security-Policy's `font-src 'self'` refuses. This writes each one out as a
 * file of the build and points the stylesheet at it: fonts too come from this origin, and the
 * policy stays the same for every page.
 */
export function extractInlineFonts(): Plugin {
  let base = '/';
  return {
    name: 'extract-inline-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        asset.source = css.replace(INLINE_FONT, (_match, _quote, format: string, data: string) => {
          const file = this.emitFile({ type: 'asset', name: `font.${format}`, source: Buffer.from(data, 'base64') });
          return `url(${base}${this.getFileName(file)})`;
        });
      }
    },
  };
}
