// Column and index helpers every table file uses.
import { sql } from "drizzle-orm";
import { customType, type ExtraConfigColumn, type PgColumn, timestamp } from "drizzle-orm/pg-core";
// Relative, not "@/": drizzle-kit loads the schema without the app's path aliases.
import { slugsOf } from "../../lib/stories/story-facts";

// Millisecond precision: JavaScript Dates carry milliseconds, and keyset cursors must compare
// exactly what the database stores.
export const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

// A CHECK that the column holds one of the validator's slugs. The slugs are inlined (DDL takes no
// parameters); they are fixed kebab-case strings from lib/stories/story-facts.ts, so quoting them is safe.
export const oneOf = (column: PgColumn, options: readonly { slug: string }[]) =>
  sql`${column} in (${sql.raw(
    slugsOf(options)
      .map((slug) => `'${slug}'`)
      .join(", "),
  )})`;

// An index column in the order of a query's `desc(column)`. PostgreSQL reads ORDER BY … DESC as
// DESC NULLS FIRST, but drizzle-kit writes a bare .desc() as DESC NULLS LAST, an order the planner
// cannot use for that ORDER BY (it reads and sorts the whole table instead, even on NOT NULL columns).
export const descending = (column: ExtraConfigColumn) => column.desc().nullsFirst();

// Full-text search (db/queries/search.ts): a tsvector kept by the database itself (a stored generated
// column), so it can never fall behind the text it is made from. The 'english' configuration is named
// in every expression: it must be a constant for the column (and for the index to match the queries).
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
export const english = (weight: "A" | "B" | "C", column: PgColumn) =>
  sql`setweight(to_tsvector('english', ${column}), '${sql.raw(weight)}')`;
