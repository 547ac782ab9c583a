export * from './reference';
export * from './rome';
export * from './nomenclatures';
export * from './network';
export * from './imports';
export * from './certifications';
export * from './training-referentials';
export * from './outcomes';
