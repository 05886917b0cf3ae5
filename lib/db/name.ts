/** The extension's one database (./schema.ts), named apart so code that reads it without Dexie imports no Dexie. */
export const DB_NAME = 'opslens';
