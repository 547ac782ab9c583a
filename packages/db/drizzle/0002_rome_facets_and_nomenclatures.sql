CREATE TABLE "activity_sectors" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"definition" text,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "interest_centres" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"definition" text
);
--> statement-breakpoint
CREATE TABLE "metier_activity_sectors" (
	"rome_code" text NOT NULL,
	"sector_code" text NOT NULL,
	"is_principal" boolean DEFAULT false NOT NULL,
	CONSTRAINT "metier_activity_sectors_rome_code_sector_code_pk" PRIMARY KEY("rome_code","sector_code")
);
--> statement-breakpoint
CREATE TABLE "metier_interest_centres" (
	"rome_code" text NOT NULL,
	"centre_code" text NOT NULL,
	"is_principal" boolean DEFAULT false NOT NULL,
	CONSTRAINT "metier_interest_centres_rome_code_centre_code_pk" PRIMARY KEY("rome_code","centre_code")
);
--> statement-breakpoint
CREATE TABLE "metier_naf_sectors" (
	"rome_code" text NOT NULL,
	"division" text NOT NULL,
	CONSTRAINT "metier_naf_sectors_rome_code_division_pk" PRIMARY KEY("rome_code","division")
);
--> statement-breakpoint
CREATE TABLE "metier_work_contexts" (
	"rome_code" text NOT NULL,
	"ogr_code" text NOT NULL,
	CONSTRAINT "metier_work_contexts_rome_code_ogr_code_pk" PRIMARY KEY("rome_code","ogr_code")
);
--> statement-breakpoint
CREATE TABLE "rome_domaines_professionnels" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"grand_domaine_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rome_grands_domaines" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rome_naf_sectors" (
	"division" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_contexts" (
	"ogr_code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"type_code" text NOT NULL,
	"type_label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "naf_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"division" text NOT NULL,
	"section_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "naf_sections" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nsf_specialites" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"label" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
ALTER TABLE "appellations" ADD COLUMN "is_principal" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appellations" ADD COLUMN "is_rare" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "metier_skills" ADD COLUMN "is_emerging" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "metiers" ADD COLUMN "ogr_code" text;--> statement-breakpoint
ALTER TABLE "metiers" ADD COLUMN "riasec_major" text;--> statement-breakpoint
ALTER TABLE "metiers" ADD COLUMN "riasec_minor" text;--> statement-breakpoint
ALTER TABLE "metiers" ADD COLUMN "transition_eco" text;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "is_macro" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "sub_category" text;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "riasec_major" text;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "riasec_minor" text;--> statement-breakpoint
ALTER TABLE "metier_activity_sectors" ADD CONSTRAINT "metier_activity_sectors_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_activity_sectors" ADD CONSTRAINT "metier_activity_sectors_sector_code_activity_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."activity_sectors"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_interest_centres" ADD CONSTRAINT "metier_interest_centres_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_interest_centres" ADD CONSTRAINT "metier_interest_centres_centre_code_interest_centres_code_fk" FOREIGN KEY ("centre_code") REFERENCES "public"."interest_centres"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_naf_sectors" ADD CONSTRAINT "metier_naf_sectors_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_naf_sectors" ADD CONSTRAINT "metier_naf_sectors_division_rome_naf_sectors_division_fk" FOREIGN KEY ("division") REFERENCES "public"."rome_naf_sectors"("division") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_work_contexts" ADD CONSTRAINT "metier_work_contexts_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_work_contexts" ADD CONSTRAINT "metier_work_contexts_ogr_code_work_contexts_ogr_code_fk" FOREIGN KEY ("ogr_code") REFERENCES "public"."work_contexts"("ogr_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rome_domaines_professionnels" ADD CONSTRAINT "rome_domaines_professionnels_grand_domaine_code_rome_grands_domaines_code_fk" FOREIGN KEY ("grand_domaine_code") REFERENCES "public"."rome_grands_domaines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "naf_codes" ADD CONSTRAINT "naf_codes_section_code_naf_sections_code_fk" FOREIGN KEY ("section_code") REFERENCES "public"."naf_sections"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metier_activity_sectors_sector_idx" ON "metier_activity_sectors" USING btree ("sector_code");--> statement-breakpoint
CREATE INDEX "metier_interest_centres_centre_idx" ON "metier_interest_centres" USING btree ("centre_code");--> statement-breakpoint
CREATE INDEX "metier_naf_sectors_division_idx" ON "metier_naf_sectors" USING btree ("division");--> statement-breakpoint
CREATE INDEX "metier_work_contexts_ogr_idx" ON "metier_work_contexts" USING btree ("ogr_code");--> statement-breakpoint
CREATE INDEX "rome_domaines_gd_idx" ON "rome_domaines_professionnels" USING btree ("grand_domaine_code");--> statement-breakpoint
CREATE INDEX "naf_codes_division_idx" ON "naf_codes" USING btree ("division");--> statement-breakpoint
CREATE INDEX "naf_codes_section_idx" ON "naf_codes" USING btree ("section_code");--> statement-breakpoint
CREATE INDEX "nsf_specialites_parent_idx" ON "nsf_specialites" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "metiers_domain_idx" ON "metiers" USING btree ("domain_code");--> statement-breakpoint
CREATE INDEX "metiers_parent_idx" ON "metiers" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "skills_kind_idx" ON "skills" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "skills_macro_idx" ON "skills" USING btree ("macro_code");