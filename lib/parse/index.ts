export * from './number';
export * from './period';
export * from './rank';
export * from './rating';
