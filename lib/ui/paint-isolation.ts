// Issue 16: our overlays on console pages (panel, badges) sit beside the page's body, in the root stacking
// context. In Chromium a flat page's body is then painted by the root layer, so every change of ours (a badge placed, the
// panel's status, a popover on hover) re-records the paint of the whole page: 36-45 ms on a 500-row table
// (`npm run bench`, page cost: "repaint when the operator hovers a control of ours", with the isolation taken
// out). With the body a stacking context of its own (`isolation: isolate`, which changes no box, position or
// colour), the page's content is one cached paint layer and a change of ours repaints only ours: about 1 ms.
// Product pages are left alone: the card's hover repaints the same either way (2.1 ms), so there it bought nothing.

const SHEET = 'body{isolation:isolate}';

let done = false;

/**
 * Makes the page's body its own paint group, once per page, with a constructed style sheet (no node or attribute
 * is added to the page, so the page's own observers see nothing). A browser that cannot adopt a sheet from an
 * extension's world keeps the page as it was.
 */
export function isolatePageBody(): void {
  if (done) return;
  done = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHEET);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Not adopted: our changes repaint the page as before.
  }
}
