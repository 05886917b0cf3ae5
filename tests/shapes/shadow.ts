// Declarative shadow DOM for parsers that do not attach it (happy-dom's DOMParser): every
// <template shadowrootmode="open|closed"> becomes its parent's shadow root, nested ones too. Chromium does this
// while parsing. Returns how many shadow roots were attached.

export function attachDeclarativeShadowRoots(root: Document | DocumentFragment | Element): number {
  let n = 0;
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = t.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.appendChild((t as HTMLTemplateElement).content);
    t.remove();
    n += 1 + attachDeclarativeShadowRoots(shadow);
  }
  return n;
}
