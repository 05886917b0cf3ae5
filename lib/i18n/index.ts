import { en } from './en';
import { addMessages } from './t';
import { zh } from './zh';

// The whole catalogue, for the extension's own pages (dashboard, popup, options) and the tests.
addMessages({ en, zh });

export * from './t';
