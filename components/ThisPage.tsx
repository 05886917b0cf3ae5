import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type Lang, t } from '../lib/i18n';
import { isTabReply, type TabMessage } from '../lib/tab-messages';

/** The active tab's console content script, asked; undefined when the tab has none (any other page). */
async function ask(message: TabMessage): Promise<'waiting' | 'reading' | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const reply: unknown = await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  return isTabReply(reply) ? reply.state : undefined;
}

/**
 * On a console page where the first look found no table it knows (columns renamed, a new report), the popup
 * says so and offers to read the page anyway: the panel then says what it could not find and lets the operator
 * point at the columns. Nothing shows on other pages.
 */
export function ThisPage({ lang }: { lang: Lang }) {
  const [state, setState] = useState<'waiting' | 'reading' | undefined>();
  useEffect(() => {
    void ask({ type: 'page.look' }).then(setState);
  }, []);
  if (state !== 'waiting') return null;
  const read = async () => {
    setState(await ask({ type: 'page.read' }));
    window.close();
  };
  return (
    <section className="this-page" aria-label={t(lang, 'thisPageNothing')}>
      <p className="this-page-title">{t(lang, 'thisPageNothing')}</p>
      <p>{t(lang, 'thisPageHint')}</p>
      <button type="button" className="this-page-read" onClick={() => void read()}>
        {t(lang, 'thisPageRead')}
      </button>
    </section>
  );
}
