export { Breadcrumb, type Crumb } from './Breadcrumb';
export { Button, ButtonLink, type ButtonVariant } from './Button';
export { Card } from './Card';
export { DemoBadge } from './DemoBadge';
export {
  CheckboxField, ErrorSummary, FieldError, RadioGroup, SelectField, TextAreaField, TextField, type Choice, type FieldMessage, type SummaryItem,
} from './Field';
export { KeyFigure, KeyFigureList } from './KeyFigure';
export { LongList } from './LongList';
export { CampusDataBadge, CoreMark, SectorBadge, SensitiveBadge, StatusMark } from './Marks';
export { PageHeader } from './PageHeader';
export { SkipLink, MAIN_ID } from './SkipLink';
export { StatusBadge } from './Badge';
export { VisuallyHidden } from './VisuallyHidden';
