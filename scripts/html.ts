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
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
