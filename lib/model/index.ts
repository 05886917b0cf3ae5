export * from './extraction';
export * from './metrics';
export * from './snapshot';
