import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { watchedList } from '../../lib/db';
import { langOf } from '../../lib/i18n';
import { App, db } from './App';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const root = createRoot(document.getElementById('root')!);
// The list is read as soon as this runs and the popup is drawn once, with it: no "Loading" frame. React's first
// render replaces the first paint's list (features/popup-first.ts) in one commit.
watchedList(db).then(
  (first) => root.render(<App lang={lang} first={first} />),
  () => root.render(<App lang={lang} />),
);
