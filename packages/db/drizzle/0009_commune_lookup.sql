-- Commune look-up by name (« Pacy-sur-Eure », « pacy sur eure », « Evreux ») or postal code. The name is compared
-- unaccented, lower case, punctuation as spaces; unaccent() is only STABLE, so an IMMUTABLE wrapper (the
-- dictionary is fixed) lets an index hold the normalised names.
CREATE FUNCTION commune_search_name(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[^a-z0-9]+', ' ', 'g')) $$;
--> statement-breakpoint
CREATE INDEX communes_search_name_trgm_idx ON communes USING gin (commune_search_name(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX communes_postal_codes_idx ON communes USING gin (postal_codes);
