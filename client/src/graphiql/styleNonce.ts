// Monaco (the editors) and Radix (the dialogs) write <style> elements while the page runs. The
// page's policy admits an inline <style> only with the nonce its response was served with, so
// every <style> this page's own scripts create is given it. Markup cannot be: the nonce is
// readable by script alone. Imported first, before any library can create a <style>.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
if (nonce) {
  const create = document.createElement.bind(document);
  document.createElement = (tagName: string, options?: ElementCreationOptions) => {
    const element = create(tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  };
}
