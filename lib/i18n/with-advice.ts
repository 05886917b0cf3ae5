import { enAdvice } from './en/advice';
import { enLabels } from './en/labels';
import { addMessages } from './t';
import { zhAdvice } from './zh/advice';
import { zhLabels } from './zh/labels';

// Registers the advice text (and the names it uses) for code that runs outside the extension's pages: see ./t.ts.
addMessages({ en: { ...enLabels, ...enAdvice }, zh: { ...zhLabels, ...zhAdvice } });
