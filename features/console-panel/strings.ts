import type { Lang } from '../../lib/i18n';

// Panel strings added with the features (issue 12/13), kept here until they join the one catalogue in lib/i18n.
const STRINGS = {
  movePanel: { en: 'Move the panel to another corner', zh: '把面板移到另一个角' },
  shortcut: { en: 'Alt+Shift+O', zh: 'Alt+Shift+O' },
} as const;

export const panelText = (lang: Lang, key: keyof typeof STRINGS) => STRINGS[key][lang];
