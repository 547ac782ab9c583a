export * from './define';
export * from './errors';
export * from './client';
export * from './routes/index';
