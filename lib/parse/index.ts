export * from './number';
export * from './rank';
export * from './rating';
export * from './period';
