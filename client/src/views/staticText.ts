import { messages, type Messages } from '../i18n/messages.js';
import type { Lang } from '../state/ViewState.js';

type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** Fixed text in index.html carries data-i18n="<message key>"; this fills it in the chosen language. */
export function applyStaticText(root: ParentNode, lang: Lang): void {
  const m = messages(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = m[element.dataset.i18n as TextKey];
    if (typeof value === 'string') element.textContent = value;
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const value = m[element.dataset.i18nLabel as TextKey];
    if (typeof value === 'string') element.setAttribute('aria-label', value);
  }
}
