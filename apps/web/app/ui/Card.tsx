import type { ReactNode } from 'react';

type HeadingLevel = 2 | 3 | 4;

interface CardProps {
  title: ReactNode;
  /** The heading level that fits the page outline where the card sits. */
  headingLevel?: HeadingLevel;
  /** `li` when the card is one of a list (screen readers announce the count). */
  as?: 'article' | 'section' | 'div' | 'li';
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
}

export function Card({ title, headingLevel = 3, as: Tag = 'div', children, footer, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <Tag className={['card', className].filter(Boolean).join(' ')}>
      <Heading className="card__title">{title}</Heading>
      {children}
      {footer ? <div className="card__footer">{footer}</div> : null}
    </Tag>
  );
}
