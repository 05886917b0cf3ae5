import { enLabels } from './en/labels';
import { enPage } from './en/page';
import { addMessages } from './t';
import { zhLabels } from './zh/labels';
import { zhPage } from './zh/page';

// Registers the page text (and the names it uses) for code that runs outside the extension's pages: see ./t.ts.
addMessages({ en: { ...enLabels, ...enPage }, zh: { ...zhLabels, ...zhPage } });
