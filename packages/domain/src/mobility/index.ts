export * from './mobility';
