CREATE TABLE "formacodes" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"lowercase_label" text NOT NULL,
	"kinds" text[] DEFAULT '{}' NOT NULL,
	"field_code" text,
	"field_label" text,
	"parent_code" text,
	"related_codes" text[] DEFAULT '{}' NOT NULL,
	"synonyms" text[] DEFAULT '{}' NOT NULL,
	"definition" text,
	"application_note" text,
	"diploma_level" text,
	"nsf_code" text,
	"rome_v2_codes" text[] DEFAULT '{}' NOT NULL,
	"equivalent_codes" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mef_codes" (
	"mef" text PRIMARY KEY NOT NULL,
	"mefstat11" text NOT NULL,
	"cfd" text NOT NULL,
	"dispositif" text NOT NULL,
	"label" text NOT NULL,
	"duration_years" smallint,
	"year_of_training" smallint,
	"opened_on" text,
	"closed_on" text
);
--> statement-breakpoint
CREATE TABLE "onisep_formations" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"type_label" text NOT NULL,
	"type_acronym" text,
	"acronym" text,
	"duration_label" text NOT NULL,
	"duration_months" smallint,
	"rncp_code" text,
	"certification_code" text,
	"level" smallint,
	"level_label" text NOT NULL,
	"nsf_code" text,
	"authority" text,
	"url" text NOT NULL,
	"domains" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onisep_metier_metiers" (
	"onisep_id" text NOT NULL,
	"rome_code" text NOT NULL,
	CONSTRAINT "onisep_metier_metiers_onisep_id_rome_code_pk" PRIMARY KEY("onisep_id","rome_code")
);
--> statement-breakpoint
CREATE TABLE "onisep_metiers" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"url" text NOT NULL,
	"gfe" text,
	"rome_code" text,
	"rome_label" text,
	"domains" text[] DEFAULT '{}' NOT NULL,
	"publications" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "establishment_outcomes" (
	"cohort" text NOT NULL,
	"route" text NOT NULL,
	"uai" text NOT NULL,
	"population" text NOT NULL,
	"name" text NOT NULL,
	"region_label" text NOT NULL,
	"region_code" text NOT NULL,
	"further_study_rate" smallint,
	"employment_rate" smallint,
	"expected_employment_rate" smallint,
	"value_added" smallint,
	"share_in_further_study" smallint,
	"share_employed_6_months" smallint,
	"share_other" smallint,
	"masked_fields" text[] DEFAULT '{}' NOT NULL,
	"source_file" text NOT NULL,
	CONSTRAINT "establishment_outcomes_cohort_route_uai_population_pk" PRIMARY KEY("cohort","route","uai","population")
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort" text NOT NULL,
	"region_code" text NOT NULL,
	"route" text NOT NULL,
	"mefstat11" text,
	"cfd" text,
	"final_year_students" integer NOT NULL,
	"leavers" integer,
	"in_further_study" integer,
	"employed_6_months" integer,
	"employed_12_months" integer,
	"employed_18_months" integer,
	"employed_24_months" integer,
	"employment_rate_6_months" smallint,
	"employment_rate_12_months" smallint,
	"employment_rate_18_months" smallint,
	"employment_rate_24_months" smallint,
	"further_study_rate" smallint,
	"masked_fields" text[] DEFAULT '{}' NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "onisep_formations" ADD CONSTRAINT "onisep_formations_certification_code_certifications_code_fk" FOREIGN KEY ("certification_code") REFERENCES "public"."certifications"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onisep_metier_metiers" ADD CONSTRAINT "onisep_metier_metiers_onisep_id_onisep_metiers_id_fk" FOREIGN KEY ("onisep_id") REFERENCES "public"."onisep_metiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onisep_metier_metiers" ADD CONSTRAINT "onisep_metier_metiers_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "formacodes_parent_idx" ON "formacodes" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "formacodes_field_idx" ON "formacodes" USING btree ("field_code");--> statement-breakpoint
CREATE INDEX "mef_codes_mefstat11_idx" ON "mef_codes" USING btree ("mefstat11");--> statement-breakpoint
CREATE INDEX "mef_codes_cfd_idx" ON "mef_codes" USING btree ("cfd");--> statement-breakpoint
CREATE INDEX "onisep_formations_certification_idx" ON "onisep_formations" USING btree ("certification_code");--> statement-breakpoint
CREATE INDEX "onisep_formations_rncp_idx" ON "onisep_formations" USING btree ("rncp_code");--> statement-breakpoint
CREATE INDEX "onisep_metier_metiers_rome_idx" ON "onisep_metier_metiers" USING btree ("rome_code");--> statement-breakpoint
CREATE INDEX "establishment_outcomes_uai_idx" ON "establishment_outcomes" USING btree ("uai");--> statement-breakpoint
CREATE INDEX "establishment_outcomes_region_idx" ON "establishment_outcomes" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "outcomes_cfd_idx" ON "outcomes" USING btree ("cfd");--> statement-breakpoint
CREATE INDEX "outcomes_mefstat11_idx" ON "outcomes" USING btree ("mefstat11");--> statement-breakpoint
CREATE INDEX "outcomes_region_cohort_idx" ON "outcomes" USING btree ("region_code","cohort");