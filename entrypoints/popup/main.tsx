import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { watchedList } from '../../lib/db';
import { langOf } from '../../lib/i18n';
import { App, db } from './App';
import './popup.css';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const root = createRoot(document.getElementById('root')!);
// The list is read as soon as the script runs and the popup is drawn once, with it: no "Loading" frame.
watchedList(db).then(
  (first) => root.render(<App lang={lang} first={first} />),
  () => root.render(<App lang={lang} />),
);
