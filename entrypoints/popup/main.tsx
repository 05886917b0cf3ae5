import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { langOf } from '../../lib/i18n';
import { App } from './App';
import './popup.css';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
createRoot(document.getElementById('root')!).render(<App lang={lang} />);
