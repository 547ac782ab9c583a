import {
  insertCertificationMetiers, insertCertificationSuccessions, loadRomeTargets, pruneCertificationChildren, upsertCertifications,
  upsertSkillBlocks, type CertificationColumn, type CertificationMetierRecord, type CertificationRecord,
  type CertificationSuccessionRecord, type SkillBlockRecord,
} from '@passerelles/db';
import type { ImportContext } from '../pipeline/index';
import type { CertificationDraft } from './certification-mapping';

/**
 * A copy of a string that does not point into the parser's chunk. V8 keeps a substring of 13 characters or more
 * as a view on its parent string: a bloc code kept in a Set would hold its whole 1 MB chunk alive, and memory
 * would grow with the file.
 */
const detach = (s: string): string => (s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8'));

/** Fiches per write: small enough that parsing the next batch overlaps the write of this one, big enough to be few. */
const FICHES_PER_BATCH = 250;
const BLOCS_PER_BATCH = 2500;

/**
 * Receives the certifications of one run, checks what only the whole file can tell (duplicate codes, métiers
 * unknown to the database), writes them in batches in foreign-key order, and at the end prunes what the file no
 * longer gives for them. Memory holds the codes seen (duplicate checks and the prune need them), not the fiches.
 */
export class CertificationSink {
  private readonly codes = new Set<string>();
  private readonly blocCodes = new Set<string>();
  private readonly metierKeys: [string[], string[]] = [[], []];
  private readonly successionKeys = new Set<string>();
  private describesBlocs = false;
  private certifications: CertificationRecord[] = [];
  private blocs: SkillBlockRecord[] = [];
  private metiers: CertificationMetierRecord[] = [];
  private successions: CertificationSuccessionRecord[] = [];
  private romeTargets: Map<string, string[]> | null = null;
  /** The batch being written while the next one is read (one at a time: a transaction is one connection). */
  private inFlight: Promise<void> = Promise.resolve();

  /**
   * @param origin the name links are stored under (and pruned by)
   * @param describes the certification columns this source knows: the others are never overwritten
   */
  constructor(
    private readonly context: ImportContext,
    private readonly origin: string,
    private readonly describes: readonly CertificationColumn[],
  ) {}

  get size(): number {
    return this.codes.size;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  async add(draft: CertificationDraft): Promise<void> {
    const { where, certification } = draft;
    if (this.codes.has(certification.code)) {
      this.context.rejections.add(where, `certification « ${certification.code} » en double dans le fichier`, 'code');
      return;
    }
    const duplicate = draft.blocs?.find((b) => this.blocCodes.has(b.code));
    if (duplicate) {
      this.context.rejections.add(where, `bloc de compétences « ${duplicate.code} » en double dans le fichier`, 'BLOC_COMPETENCES/CODE');
      return;
    }
    this.romeTargets ??= await loadRomeTargets(this.context.db);
    this.codes.add(detach(certification.code));
    this.certifications.push(certification);
    if (draft.blocs) {
      this.describesBlocs = true;
      for (const bloc of draft.blocs) {
        this.blocCodes.add(detach(bloc.code));
        this.blocs.push(bloc);
      }
    }
    const linked = new Set<string>();
    for (const rome of draft.romeCodes) {
      const targets = this.romeTargets.get(rome);
      if (!targets) {
        this.context.leaveOut(where, `métier ROME « ${rome} » absent de la base : lien ignoré, certification gardée`, 'ROME');
        continue;
      }
      for (const target of targets) {
        if (linked.has(target)) continue;
        linked.add(target);
        this.metiers.push({ certificationCode: certification.code, romeCode: target, origin: this.origin });
        this.metierKeys[0].push(detach(certification.code));
        this.metierKeys[1].push(target);
      }
    }
    this.addSuccessions(draft.successions);
    if (this.certifications.length >= FICHES_PER_BATCH || this.blocs.length >= BLOCS_PER_BATCH) await this.flush();
  }

  /** Old ↔ new links; they may name fiches the file does not describe (the links table has no foreign key). */
  addSuccessions(pairs: [string, string][]): void {
    for (const [previousCode, nextCode] of pairs) {
      const key = detach(`${previousCode}>${nextCode}`);
      // Both fiches of a pair usually give the link: it is one link.
      if (previousCode === nextCode || this.successionKeys.has(key)) continue;
      this.successionKeys.add(key);
      this.successions.push({ previousCode, nextCode, origin: this.origin });
    }
  }

  /**
   * Hands what is buffered to the writer and returns once the previous batch is written, so reading goes on while
   * this one is written. A write error surfaces at the next flush or at finish.
   */
  async flush(): Promise<void> {
    const batch = { certifications: this.certifications, skill_blocks: this.blocs, certification_metiers: this.metiers, certification_successions: this.successions };
    this.certifications = [];
    this.blocs = [];
    this.metiers = [];
    this.successions = [];
    await this.inFlight;
    this.inFlight = this.write(batch);
    // Observed here so a failure is not « unhandled » before it is awaited.
    this.inFlight.catch(() => {});
  }

  /** Certifications first (foreign keys). Once a record is rejected nothing more is written: the run will roll back. */
  private async write(batch: { certifications: CertificationRecord[]; skill_blocks: SkillBlockRecord[]; certification_metiers: CertificationMetierRecord[]; certification_successions: CertificationSuccessionRecord[] }): Promise<void> {
    const writing = this.context.rejections.count === 0;
    const { db } = this.context;
    const none = { inserted: 0, updated: 0 };
    this.context.record('certifications', batch.certifications.length, writing ? await upsertCertifications(db, batch.certifications, this.describes) : none);
    if (this.describesBlocs) this.context.record('skill_blocks', batch.skill_blocks.length, writing ? await upsertSkillBlocks(db, batch.skill_blocks) : none);
    this.context.record('certification_metiers', batch.certification_metiers.length, writing ? await insertCertificationMetiers(db, batch.certification_metiers) : none);
    this.context.record('certification_successions', batch.certification_successions.length, writing ? await insertCertificationSuccessions(db, batch.certification_successions) : none);
  }

  /** Last write, then the prune (only on a clean run: a rejected one is rolled back anyway). */
  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
    if (this.context.rejections.count > 0 || this.codes.size === 0) return;
    const successions: [string[], string[]] = [[], []];
    for (const key of this.successionKeys) {
      const [previous, next] = key.split('>');
      successions[0].push(previous ?? '');
      successions[1].push(next ?? '');
    }
    const removed = await pruneCertificationChildren(this.context.db, {
      origin: this.origin,
      certificationCodes: [...this.codes],
      blocCodes: this.describesBlocs ? [...this.blocCodes] : null,
      metiers: this.metierKeys,
      successions,
    });
    for (const [table, n] of Object.entries(removed)) if (n > 0) this.context.record(table, 0, { inserted: 0, updated: 0 }, n);
  }
}
