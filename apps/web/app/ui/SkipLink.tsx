/** The id every page's <main> carries, target of the skip link. */
export const MAIN_ID = 'contenu';

/** First focusable element of every page: jumps over the header to the content (RGAA 12.7). */
export function SkipLink({ label }: { label: string }) {
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {label}
    </a>
  );
}
