export * from './mobility';
export * from './gap-cover';
