export * from './backup';
export * from './columns';
export * from './csv';
export * from './iterate';
export * from './merge';
export * from './reports';
export * from './xlsx';
