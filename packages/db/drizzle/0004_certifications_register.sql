CREATE TABLE "certification_successions" (
	"previous_code" text NOT NULL,
	"next_code" text NOT NULL,
	"origin" text NOT NULL,
	CONSTRAINT "certification_successions_previous_code_next_code_pk" PRIMARY KEY("previous_code","next_code")
);
--> statement-breakpoint
ALTER TABLE "certification_metiers" ADD COLUMN "origin" text DEFAULT 'campus' NOT NULL;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "type_label" text;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "registration_type" text;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "registered_on" date;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "certifier_sirets" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "nsf_codes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "formacodes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "cfd_codes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "apprenticeship" boolean;--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "data_source" text DEFAULT 'campus' NOT NULL;--> statement-breakpoint
ALTER TABLE "skill_blocks" ADD COLUMN "skill_list" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "skill_blocks" ADD COLUMN "assessment" text;--> statement-breakpoint
CREATE INDEX "certification_successions_next_idx" ON "certification_successions" USING btree ("next_code");