import { integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per import run: what came in, from which file and version, and what was rejected and why. */
export const importRuns = pgTable('import_runs', {
  id: serial('id').primaryKey(),
  source: text('source').notNull(),
  file: text('file').notNull(),
  fileVersion: text('file_version'),
  status: text('status', { enum: ['succeeded', 'failed', 'dry_run'] }).notNull(),
  accepted: integer('accepted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  report: jsonb('report').notNull().default({}),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
});
