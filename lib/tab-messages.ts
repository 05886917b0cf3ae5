// Messages from the extension's pages to a console tab's content script (browser.tabs.sendMessage): the popup
// asks what the page's first look found, and asks it to read the page anyway. Only our own extension can send
// them (runtime.onMessage in a content script hears nothing from web pages); each is checked by its shape.

export type TabMessage = { type: 'page.look' } | { type: 'page.read' };
/** `waiting`: no table the reader knows is on the page, nothing loaded; `reading`: the reader runs. */
export type TabReply = { state: 'waiting' | 'reading' };

export function isTabMessage(v: unknown): v is TabMessage {
  const type = (v as { type?: unknown } | null)?.type;
  return type === 'page.look' || type === 'page.read';
}

export const isTabReply = (v: unknown): v is TabReply => {
  const state = (v as { state?: unknown } | null)?.state;
  return state === 'waiting' || state === 'reading';
};
