import type { CertificationDraft } from './certification-mapping';
import type { CertificationSink } from './certification-sink';

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * Sources that describe a certification over several rows (Certif Info: one row per diploma or parcours; Kit
 * apprentissage: one row per CFD code) are gathered into one draft per code: lists are joined, the first row
 * gives the rest. Held in memory until the file ends: a few thousand certifications, not the file.
 */
export class DraftAggregator {
  private readonly drafts = new Map<string, CertificationDraft>();

  add(draft: CertificationDraft): void {
    const code = draft.certification.code;
    const known = this.drafts.get(code);
    if (!known) {
      this.drafts.set(code, draft);
      return;
    }
    const a = known.certification;
    const b = draft.certification;
    known.certification = {
      ...a,
      level: a.level ?? b.level, type: a.type ?? b.type, typeLabel: a.typeLabel ?? b.typeLabel, validUntil: a.validUntil ?? b.validUntil,
      registrationType: a.registrationType ?? b.registrationType, registeredOn: a.registeredOn ?? b.registeredOn,
      apprenticeship: a.apprenticeship ?? b.apprenticeship,
      certifiers: union(a.certifiers, b.certifiers), certifierSirets: union(a.certifierSirets, b.certifierSirets),
      nsfCodes: union(a.nsfCodes, b.nsfCodes), formacodes: union(a.formacodes, b.formacodes), cfdCodes: union(a.cfdCodes, b.cfdCodes),
    };
    known.romeCodes = union(known.romeCodes, draft.romeCodes);
    known.successions = [...known.successions, ...draft.successions];
  }

  get size(): number {
    return this.drafts.size;
  }

  /** Hands the drafts to the sink in code order, so two runs write the same batches. */
  async drain(sink: CertificationSink): Promise<void> {
    for (const code of [...this.drafts.keys()].sort()) await sink.add(this.drafts.get(code)!);
    this.drafts.clear();
  }
}
