export * from './reference';
export * from './network';
export * from './imports';
