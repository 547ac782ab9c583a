-- Catalogue search (ADR 006). A French text-search configuration that ignores accents: `unaccent` then the French
-- Snowball stemmer. With an explicit regconfig, to_tsvector / to_tsquery are immutable, so the same words give the
-- same lexemes in documents and queries on PGlite and PostgreSQL.
CREATE TEXT SEARCH CONFIGURATION fr_unaccent ( COPY = french );
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
--> statement-breakpoint
-- One row per searchable session (published trainings only) with every filter column denormalised and the search
-- document of its training, certification and organisation. A materialized view, like metier_search: rebuilt by
-- refreshSessionSearch() after the catalogue changes (seed, imports). `in_sector` follows the campus profile
-- (ROME codes through certification_metiers, or NSF groups) as it was at the last refresh.
CREATE MATERIALIZED VIEW session_search AS
WITH profile AS (
  SELECT array(SELECT jsonb_array_elements_text(profile -> 'romeCodes')) AS rome_codes,
         array(SELECT jsonb_array_elements_text(profile -> 'nsfCodes')) AS nsf_codes
  FROM campus ORDER BY id LIMIT 1
),
sector_certifications AS (
  SELECT cm.certification_code AS code FROM certification_metiers cm, profile p WHERE cm.rome_code = ANY (p.rome_codes)
  UNION
  SELECT c.code FROM certifications c, profile p
  WHERE EXISTS (SELECT 1 FROM unnest(c.nsf_codes) n WHERE left(n, 3) = ANY (p.nsf_codes))
)
SELECT s.id AS session_id,
       t.id AS training_id,
       t.organisation_id,
       t.certification_code,
       c.level,
       c.type AS certification_type,
       (sc.code IS NOT NULL) AS in_sector,
       s.modality,
       s.fundings,
       cm.departement,
       cm.insee_code AS commune_code,
       coalesce(site.latitude, cm.latitude) AS latitude,
       coalesce(site.longitude, cm.longitude) AS longitude,
       s.start_date,
       setweight(to_tsvector('fr_unaccent', t.title), 'A')
         || setweight(to_tsvector('fr_unaccent', coalesce(c.title, '')), 'A')
         || setweight(to_tsvector('fr_unaccent', coalesce(c.type, '') || ' ' || o.name), 'B')
         || setweight(to_tsvector('fr_unaccent', coalesce(t.objective, '')), 'C') AS document
FROM training_sessions s
JOIN trainings t ON t.id = s.training_id AND t.status = 'published'
JOIN organisations o ON o.id = t.organisation_id
LEFT JOIN certifications c ON c.code = t.certification_code
LEFT JOIN sector_certifications sc ON sc.code = c.code
LEFT JOIN organisation_sites site ON site.id = s.site_id
LEFT JOIN communes cm ON cm.insee_code = site.commune_code;
--> statement-breakpoint
CREATE UNIQUE INDEX session_search_session_idx ON session_search (session_id);
--> statement-breakpoint
CREATE INDEX session_search_document_idx ON session_search USING gin (document);
--> statement-breakpoint
CREATE INDEX session_search_start_idx ON session_search (start_date, session_id);
--> statement-breakpoint
-- Places: a GiST index on the point answers the bounding box of a distance filter (a btree on (latitude, longitude)
-- scanned the whole latitude band: 5 ms instead of 0.6 ms at national scale, see ADR 006).
CREATE INDEX session_search_point_idx ON session_search USING gist (point(longitude, latitude));
--> statement-breakpoint
-- The words of published training and certification titles, unaccented: a query word that full text does not
-- know is corrected to the closest of them (trigram similarity), e.g. « bioanalise » → « bioanalyses ».
CREATE MATERIALIZED VIEW session_search_words AS
SELECT word, count(DISTINCT training_id)::int AS trainings
FROM (
  SELECT t.id AS training_id, w AS word
  FROM trainings t
  LEFT JOIN certifications c ON c.code = t.certification_code,
  LATERAL regexp_split_to_table(lower(unaccent(t.title || ' ' || coalesce(c.title, ''))), '[^a-z0-9]+') w
  WHERE t.status = 'published' AND length(w) >= 3
) words
GROUP BY word;
--> statement-breakpoint
CREATE UNIQUE INDEX session_search_words_word_idx ON session_search_words (word);
--> statement-breakpoint
CREATE INDEX session_search_words_trgm_idx ON session_search_words USING gin (word gin_trgm_ops);
