import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AlertSettingsForm } from '../../components/AlertSettingsForm';
import { SettingsForm } from '../../components/SettingsForm';
import { TeamSettings } from '../../components/TeamSettings';
import { langOf, t } from '../../lib/i18n';
import '../../components/page.css';
import './options.css';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = `OpsLens · ${t(lang, 'settingsTitle')}`;

createRoot(document.getElementById('root')!).render(
  <main className="page narrow">
    <header className="top">
      <h1>
        <span className="dot" aria-hidden="true" />
        OpsLens
      </h1>
      <a href={browser.runtime.getURL('/dashboard.html' as '/popup.html')}>{t(lang, 'openDashboardLink')}</a>
    </header>
    <SettingsForm lang={lang} />
    <AlertSettingsForm lang={lang} />
    <TeamSettings lang={lang} />
  </main>,
);
