export * from './roles';
export * from './decide';
