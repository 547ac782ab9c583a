-- Search over fiche labels and appellations, accent-insensitive, typo-tolerant (trigram word similarity).
-- A materialized view so that unaccent (not immutable) can be precomputed; refreshed after each ROME import.
CREATE MATERIALIZED VIEW metier_search AS
  SELECT rome_code, label, 'metier'::text AS kind, lower(unaccent(label)) AS norm FROM metiers
  UNION ALL
  SELECT rome_code, label, 'appellation'::text AS kind, lower(unaccent(label)) AS norm FROM appellations;
--> statement-breakpoint
CREATE INDEX metier_search_norm_trgm_idx ON metier_search USING gin (norm gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX metier_search_rome_idx ON metier_search (rome_code);
