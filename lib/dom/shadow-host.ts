// Tanys' own UI lives in a shadow root on a <tanys-root> element at the end of <html>: page styles cannot reach
// it and it adds no text to the page's body.

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  remove(): void;
}

export function createShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement('tanys-root');
  // the host takes no space and no pointer events; the card inside sets its own
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  doc.documentElement.append(host);
  return { host, root, mount, remove: () => host.remove() };
}
