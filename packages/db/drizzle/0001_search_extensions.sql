-- French full-text search and typo tolerance: both exist in PGlite's contrib set and in PostgreSQL 15+.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
