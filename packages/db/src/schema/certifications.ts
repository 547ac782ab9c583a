import { pgTable, primaryKey, index, text } from 'drizzle-orm/pg-core';

/**
 * Old ↔ new certification links (a fiche replaced by another, RNCP → RS included). Neither side references
 * `certifications`: the registers point at historic fiches that no extract holds, and the link is still worth
 * knowing (a learner's old diploma leads to its successor).
 */
export const certificationSuccessions = pgTable(
  'certification_successions',
  {
    previousCode: text('previous_code').notNull(),
    nextCode: text('next_code').notNull(),
    /** The import that gave the link: a re-import prunes only its own links. */
    origin: text('origin').notNull(),
  },
  (t) => [primaryKey({ columns: [t.previousCode, t.nextCode] }), index('certification_successions_next_idx').on(t.nextCode)],
);
