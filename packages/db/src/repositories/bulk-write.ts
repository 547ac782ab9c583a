import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { queryRows } from '../query';

/** What one bulk write did: rows created, and existing rows whose content changed (unchanged rows count in neither). */
export interface WriteCounts {
  inserted: number;
  updated: number;
}

/**
 * Rows per statement. Each column travels as ONE array parameter (`unnest`), so the statement size, not the
 * 65 535-parameter limit, is what bounds a batch; a few thousand rows keeps PGlite's single message small.
 */
export const BULK_BATCH_SIZE = 4000;

// Text arrays (postal codes) cannot go through unnest of a 2-D array (it flattens and must be rectangular):
// they travel joined with the ASCII unit separator and are split back in SQL.
const LIST_SEPARATOR = '\u001f';

interface ColumnPlan {
  key: string;
  name: string;
  pgType: 'text' | 'boolean' | 'float8' | 'int4' | 'int2' | 'text_list';
}

interface TablePlan {
  name: string;
  columns: ColumnPlan[];
  keyNames: string[];
}

const plans = new WeakMap<PgTable, TablePlan>();

function pgTypeOf(column: PgColumn): ColumnPlan['pgType'] {
  switch (column.columnType) {
    case 'PgText':
    case 'PgVarchar':
      return 'text';
    case 'PgBoolean':
      return 'boolean';
    case 'PgDoublePrecision':
      return 'float8';
    case 'PgInteger':
      return 'int4';
    case 'PgSmallInt':
      return 'int2';
    case 'PgArray':
      return 'text_list';
    default:
      throw new Error(`bulk write: column type ${column.columnType} of ${column.name} is not supported`);
  }
}

function planOf(table: PgTable): TablePlan {
  const cached = plans.get(table);
  if (cached) return cached;
  const config = getTableConfig(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    name: column.name,
    pgType: pgTypeOf(column as PgColumn),
  }));
  const keyNames = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  if (keyNames.length === 0) throw new Error(`bulk write: ${config.name} has no primary key`);
  const plan = { name: config.name, columns, keyNames };
  plans.set(table, plan);
  return plan;
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

function columnArray(column: ColumnPlan, rows: Record<string, unknown>[]): SQL {
  if (column.pgType === 'text_list') {
    const values = rows.map((r) => (r[column.key] as string[] | null)?.join(LIST_SEPARATOR) ?? null);
    return sql`${sql.param(values)}::text[]`;
  }
  return sql`${sql.param(rows.map((r) => r[column.key] ?? null))}::${sql.raw(column.pgType)}[]`;
}

function selectExpression(column: ColumnPlan): SQL {
  return column.pgType === 'text_list'
    ? sql`coalesce(string_to_array(${ident(column.name)}, chr(31)), '{}')`
    : ident(column.name);
}

async function upsertBatch(db: Db, plan: TablePlan, rows: Record<string, unknown>[]): Promise<WriteCounts> {
  const table = ident(plan.name);
  const names = sql.join(plan.columns.map((c) => ident(c.name)), sql`, `);
  const arrays = sql.join(plan.columns.map((c) => columnArray(c, rows)), sql`, `);
  const selected = sql.join(plan.columns.map(selectExpression), sql`, `);
  const others = plan.columns.filter((c) => !plan.keyNames.includes(c.name));
  // Only rows whose content differs are rewritten: a re-run of the same file touches nothing and reports 0 updated.
  const onConflict =
    others.length === 0
      ? sql`do nothing`
      : sql`do update set ${sql.join(others.map((c) => sql`${ident(c.name)} = excluded.${ident(c.name)}`), sql`, `)}
          where (${sql.join(others.map((c) => sql`${table}.${ident(c.name)}`), sql`, `)})
            is distinct from (${sql.join(others.map((c) => sql`excluded.${ident(c.name)}`), sql`, `)})`;
  const [counts] = await queryRows<WriteCounts>(
    db,
    sql`with written as (
          insert into ${table} (${names})
          select ${selected} from unnest(${arrays}) as u(${names})
          on conflict (${sql.join(plan.keyNames.map(ident), sql`, `)}) ${onConflict}
          returning (${table}.xmax = 0) as fresh
        )
        select (count(*) filter (where fresh))::int as inserted, (count(*) filter (where not fresh))::int as updated from written`,
  );
  return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
}

/**
 * Inserts or updates rows by primary key, in batches. Rows must not repeat a key within one call
 * (PostgreSQL refuses to update a row twice in one statement): importers reject duplicates before writing.
 */
export async function bulkUpsert<T extends PgTable>(db: Db, table: T, rows: T['$inferSelect'][]): Promise<WriteCounts> {
  const plan = planOf(table);
  const total: WriteCounts = { inserted: 0, updated: 0 };
  for (let i = 0; i < rows.length; i += BULK_BATCH_SIZE) {
    const counts = await upsertBatch(db, plan, rows.slice(i, i + BULK_BATCH_SIZE) as Record<string, unknown>[]);
    total.inserted += counts.inserted;
    total.updated += counts.updated;
  }
  return total;
}

/**
 * Deletes the rows whose primary key is not in `keys` (one array per key column, in key order): what makes a link
 * table mirror the file after a re-import. Returns how many rows went.
 */
export async function deleteRowsNotIn(db: Db, table: PgTable, keys: string[][]): Promise<number> {
  const plan = planOf(table);
  if (keys.length !== plan.keyNames.length) throw new Error(`deleteRowsNotIn: ${plan.name} has ${plan.keyNames.length} key columns`);
  const t = ident(plan.name);
  const aliases = plan.keyNames.map((_, i) => sql.raw(`k${i}`));
  const arrays = sql.join(keys.map((k) => sql`${sql.param(k)}::text[]`), sql`, `);
  const matches = sql.join(plan.keyNames.map((name, i) => sql`u.${aliases[i]!} = ${t}.${ident(name)}`), sql` and `);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with gone as (
          delete from ${t} where not exists (
            select 1 from unnest(${arrays}) as u(${sql.join(aliases, sql`, `)}) where ${matches}
          ) returning 1
        ) select count(*)::int as n from gone`,
  );
  return Number(row?.n ?? 0);
}
