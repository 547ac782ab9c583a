export * from './result';
export * from './levels';
export * from './organisations';
export * from './modalities';
export * from './campus-profile';
export * from './figures';
export * from './text';
export * from './reference-sources';
