export * from './client';
export * from './errors';
export * as tables from './schema/index';
export * from './repositories/campus.repository';
export * from './repositories/figures.repository';
export * from './query';
export * from './repositories/import-runs.repository';
export * from './seed/demo-campus';
