export * from './dictionaries';
export * from './offer';
export * from './lheo-writer';
export * from './xml-writer';
