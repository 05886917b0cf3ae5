import { enLabels } from './en/labels';
import { enToday } from './en/today';
import { addMessages } from './t';
import { zhLabels } from './zh/labels';
import { zhToday } from './zh/today';

// Registers the today text (and the names it uses) for code that runs outside the extension's pages: see ./t.ts.
addMessages({ en: { ...enLabels, ...enToday }, zh: { ...zhLabels, ...zhToday } });
