export * from './chain-graph';
export * from './chain-layout';
