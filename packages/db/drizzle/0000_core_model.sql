CREATE TABLE "appellations" (
	"code" text PRIMARY KEY NOT NULL,
	"rome_code" text NOT NULL,
	"label" text NOT NULL,
	"short_label" text
);
--> statement-breakpoint
CREATE TABLE "certification_metiers" (
	"certification_code" text NOT NULL,
	"rome_code" text NOT NULL,
	CONSTRAINT "certification_metiers_certification_code_rome_code_pk" PRIMARY KEY("certification_code","rome_code")
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"code" text PRIMARY KEY NOT NULL,
	"register" text NOT NULL,
	"title" text NOT NULL,
	"level" smallint,
	"type" text,
	"certifiers" text[] DEFAULT '{}' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"valid_until" timestamp
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"insee_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"departement" text NOT NULL,
	"region" text,
	"postal_codes" text[] DEFAULT '{}' NOT NULL,
	"population" integer,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
CREATE TABLE "metier_skills" (
	"rome_code" text NOT NULL,
	"ogr_code" text NOT NULL,
	"is_core" boolean DEFAULT false NOT NULL,
	CONSTRAINT "metier_skills_rome_code_ogr_code_pk" PRIMARY KEY("rome_code","ogr_code")
);
--> statement-breakpoint
CREATE TABLE "metiers" (
	"rome_code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"parent_code" text,
	"domain_code" text,
	"definition" text,
	"access" text
);
--> statement-breakpoint
CREATE TABLE "skill_blocks" (
	"code" text PRIMARY KEY NOT NULL,
	"certification_code" text NOT NULL,
	"label" text NOT NULL,
	"skills" text,
	"is_campus_data" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"ogr_code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL,
	"macro_code" text,
	"macro_label" text,
	"category" text
);
--> statement-breakpoint
CREATE TABLE "campus" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"profile" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campus_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organisation_sites" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"label" text NOT NULL,
	"address" text,
	"commune_code" text,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"siret" text,
	"uai" text,
	"naf" text,
	"website_url" text,
	"description" text,
	"qualiopi" boolean DEFAULT false NOT NULL,
	"is_member" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"training_id" integer NOT NULL,
	"site_id" integer,
	"modality" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"duration_hours" integer,
	"price_eur" numeric(10, 2),
	"fundings" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer,
	"seats_left" integer,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"certification_code" text,
	"title" text NOT NULL,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"file" text NOT NULL,
	"file_version" text,
	"status" text NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appellations" ADD CONSTRAINT "appellations_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_metiers" ADD CONSTRAINT "certification_metiers_certification_code_certifications_code_fk" FOREIGN KEY ("certification_code") REFERENCES "public"."certifications"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_metiers" ADD CONSTRAINT "certification_metiers_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_skills" ADD CONSTRAINT "metier_skills_rome_code_metiers_rome_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."metiers"("rome_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metier_skills" ADD CONSTRAINT "metier_skills_ogr_code_skills_ogr_code_fk" FOREIGN KEY ("ogr_code") REFERENCES "public"."skills"("ogr_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_blocks" ADD CONSTRAINT "skill_blocks_certification_code_certifications_code_fk" FOREIGN KEY ("certification_code") REFERENCES "public"."certifications"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_sites" ADD CONSTRAINT "organisation_sites_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_sites" ADD CONSTRAINT "organisation_sites_commune_code_communes_insee_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_site_id_organisation_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."organisation_sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_certification_code_certifications_code_fk" FOREIGN KEY ("certification_code") REFERENCES "public"."certifications"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appellations_rome_idx" ON "appellations" USING btree ("rome_code");--> statement-breakpoint
CREATE INDEX "certification_metiers_rome_idx" ON "certification_metiers" USING btree ("rome_code");--> statement-breakpoint
CREATE INDEX "certifications_level_idx" ON "certifications" USING btree ("level");--> statement-breakpoint
CREATE INDEX "communes_departement_idx" ON "communes" USING btree ("departement");--> statement-breakpoint
CREATE INDEX "metier_skills_ogr_idx" ON "metier_skills" USING btree ("ogr_code");--> statement-breakpoint
CREATE INDEX "skill_blocks_certification_idx" ON "skill_blocks" USING btree ("certification_code");--> statement-breakpoint
CREATE INDEX "organisation_sites_org_idx" ON "organisation_sites" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisations_type_idx" ON "organisations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "training_sessions_training_idx" ON "training_sessions" USING btree ("training_id");--> statement-breakpoint
CREATE INDEX "trainings_org_idx" ON "trainings" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "trainings_certification_idx" ON "trainings" USING btree ("certification_code");