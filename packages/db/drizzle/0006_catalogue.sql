CREATE TABLE "chain_links" (
	"from_code" text NOT NULL,
	"to_code" text NOT NULL,
	"note" text,
	"is_campus_data" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_links_from_code_to_code_pk" PRIMARY KEY("from_code","to_code")
);
--> statement-breakpoint
CREATE TABLE "training_skill_blocks" (
	"training_id" integer NOT NULL,
	"block_code" text NOT NULL,
	CONSTRAINT "training_skill_blocks_training_id_block_code_pk" PRIMARY KEY("training_id","block_code")
);
--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "registration_url" text;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "objective" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "content" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "expected_results" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "entry_level" smallint;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "entry_requirements" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "accessibility" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "contact_label" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "contact_url" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "formacodes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "status" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "source" text DEFAULT 'campus' NOT NULL;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "training_skill_blocks" ADD CONSTRAINT "training_skill_blocks_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_skill_blocks" ADD CONSTRAINT "training_skill_blocks_block_code_skill_blocks_code_fk" FOREIGN KEY ("block_code") REFERENCES "public"."skill_blocks"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chain_links_to_idx" ON "chain_links" USING btree ("to_code");--> statement-breakpoint
CREATE INDEX "training_skill_blocks_block_idx" ON "training_skill_blocks" USING btree ("block_code");--> statement-breakpoint
CREATE INDEX "training_sessions_site_idx" ON "training_sessions" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_sessions_training_external_id_idx" ON "training_sessions" USING btree ("training_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_org_external_id_idx" ON "trainings" USING btree ("organisation_id","external_id");