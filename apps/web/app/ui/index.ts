export { Button, ButtonLink, type ButtonVariant } from './Button';
export { Card } from './Card';
export { DemoBadge } from './DemoBadge';
export { KeyFigure, KeyFigureList } from './KeyFigure';
export { PageHeader } from './PageHeader';
export { SkipLink, MAIN_ID } from './SkipLink';
export { StatusBadge } from './Badge';
export { VisuallyHidden } from './VisuallyHidden';
