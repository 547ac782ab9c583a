import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { VisuallyHidden } from './VisuallyHidden';

/** A message about a field or a form; `lang` when it is not in the page's language (the API writes French). */
export interface FieldMessage {
  text: string;
  lang?: string;
}

/**
 * Form fields that say what is wrong where it is wrong: the label, then a hint, then the error (announced with the
 * field through `aria-describedby`, the field marked `aria-invalid`), then the control. Nothing here needs JavaScript.
 */
interface Described {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldMessage | null;
  /** Shown after the label for a field that may stay empty. */
  optional?: boolean;
}

function describedBy(id: string, hint: ReactNode, error: FieldMessage | null | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** The error line of a field (or of a group of fields), with an « Erreur : » prefix for screen readers. */
export function FieldError({ id, error }: { id: string; error?: FieldMessage | null }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="field__error" id={`${id}-error`}>
      <VisuallyHidden>{t.forms.errorPrefix} </VisuallyHidden>
      <span lang={error.lang}>{error.text}</span>
    </p>
  );
}

function FieldTop({ id, label, hint, error, optional }: Described) {
  const { t } = useI18n();
  return (
    <>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> {t.forms.optional}</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </>
  );
}

function fieldClass(error: FieldMessage | null | undefined, extra?: string): string {
  return ['field', error ? 'field--error' : null, extra].filter(Boolean).join(' ');
}

export function TextField({ id, label, hint, error, optional, className, ...input }: Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <div className={fieldClass(error, className)}>
      <FieldTop id={id} label={label} hint={hint} error={error} optional={optional} />
      <input id={id} className="field__input" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...input} />
    </div>
  );
}

export function TextAreaField({ id, label, hint, error, optional, className, ...area }: Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <div className={fieldClass(error, className)}>
      <FieldTop id={id} label={label} hint={hint} error={error} optional={optional} />
      <textarea id={id} className="field__input field__input--area" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...area} />
    </div>
  );
}

export function SelectField({ id, label, hint, error, optional, className, children, ...select }: Described & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <div className={fieldClass(error, className)}>
      <FieldTop id={id} label={label} hint={hint} error={error} optional={optional} />
      <select id={id} className="field__input field__input--select" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...select}>
        {children}
      </select>
    </div>
  );
}

/** A single checkbox, its label beside it (a consent, a confirmation). */
export function CheckboxField({ id, label, hint, error, className, ...input }: Omit<Described, 'optional'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  return (
    <div className={fieldClass(error, ['field--check', className].filter(Boolean).join(' '))}>
      <FieldError id={id} error={error} />
      <div className="check">
        <input id={id} type="checkbox" className="check__input" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...input} />
        <label className="check__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <p className="field__hint check__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** Radio buttons in a fieldset: the legend is the question, each choice may carry a hint. */
export function RadioGroup({
  id,
  name,
  legend,
  choices,
  value,
  error,
  required,
  className,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  choices: readonly Choice[];
  value?: string | null;
  error?: FieldMessage | null;
  required?: boolean;
  className?: string;
}) {
  return (
    <fieldset className={fieldClass(error, ['field--group', className].filter(Boolean).join(' '))} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{legend}</legend>
      <FieldError id={id} error={error} />
      {choices.map((choice, i) => {
        const choiceId = `${id}-${choice.value}`;
        return (
          <div className="check" key={choice.value}>
            <input
              id={i === 0 ? id : choiceId}
              type="radio"
              className="check__input"
              name={name}
              value={choice.value}
              defaultChecked={value === choice.value}
              required={required}
              aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
            />
            {/* The hint sits beside the label, not in it: announced once, as the choice's description. */}
            <div className="check__text">
              <label className="check__label" htmlFor={i === 0 ? id : choiceId}>
                {choice.label}
              </label>
              {choice.hint ? (
                <span className="check__hint" id={`${choiceId}-hint`}>
                  {choice.hint}
                </span>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

export interface SummaryItem {
  /** The field's id, so the link takes the person to it. */
  href: string;
  message: FieldMessage;
}

/**
 * What went wrong, at the top of the form: a focused box (autofocus works without JavaScript, so a screen reader
 * reads it first after the page reloads) listing each error as a link to its field.
 */
export function ErrorSummary({ items, general = [] }: { items: readonly SummaryItem[]; general?: readonly FieldMessage[] }) {
  const { t } = useI18n();
  const count = items.length + general.length;
  if (!count) return null;
  return (
    <div className="error-summary" tabIndex={-1} autoFocus role="alert">
      <h2 className="error-summary__title">{t.forms.summaryTitle(count)}</h2>
      <ul className="error-summary__list">
        {general.map((m) => (
          <li key={m.text} lang={m.lang}>
            {m.text}
          </li>
        ))}
        {items.map((item) => (
          <li key={item.href}>
            <a href={`#${item.href}`} lang={item.message.lang}>
              {item.message.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
