export * from './types';
export { createPlanner, planRoutes, routeSignature, stepCost, type Planner } from './planner';
export { suggestAmbition, type AmbitionSuggestion } from './ambition';
export { levelLabel, modalityPhrase } from './explain';
