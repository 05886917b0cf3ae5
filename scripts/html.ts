import { Window } from 'happy-dom';

/**
 * Parses a saved page the way adapters see it in the browser, without running its scripts.
 * Shared by the unit tests and the `extract` command.
 */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  attachShadowRoots(doc);
  return doc;
}

/**
 * Declarative shadow DOM, which Chromium attaches while parsing and happy-dom's DOMParser does not: each
 * `<template shadowrootmode>` becomes its parent's shadow root (nested ones too), so Node and the browser
 * read the same tree.
 */
function attachShadowRoots(root: Document | DocumentFragment): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({
      mode: t.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open',
    });
    shadow.appendChild((t as HTMLTemplateElement).content);
    t.remove();
    attachShadowRoots(shadow);
  }
}
