import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { langOf, t } from '../../lib/i18n';
import { App } from './App';
import '../../components/page.css';
import './dashboard.css';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = `OpsLens · ${t(lang, 'dashboardTitle')}`;
createRoot(document.getElementById('root')!).render(<App lang={lang} />);
