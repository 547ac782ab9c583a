// First: the French validation messages apply to every schema below.
import './messages';
export * from './define';
export * from './errors';
export * from './client';
export * from './routes/index';
