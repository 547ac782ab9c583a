export * from './projection';
export * from './simplify';
export * from './territory-map';
export * from './distance';
