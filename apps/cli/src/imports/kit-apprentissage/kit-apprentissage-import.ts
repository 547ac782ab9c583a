import { basename } from 'node:path';
import { readCsv, singleFileSource, type ImportContext } from '../pipeline/index';
import type { ImportSource } from '../types';
import { DraftAggregator } from '../rncp/certification-aggregate';
import {
  CFD_CODE, certificationCode, DESCRIBED_COLUMNS, emptyCertification, orNull, parseFlag, parseFrenchDate, parseLevel, type CertificationDraft, type FieldProblem,
} from '../rncp/certification-mapping';
import { CertificationSink } from '../rncp/certification-sink';

/** The header as published: some cells hold line breaks (kept here exactly, since the header is checked). */
export const KIT_COLUMNS = [
  'Code Diplôme', 'Intitulé diplôme (DEPP)', 'FicheRNCP', 'Niveau fiche RNCP', 'Abrégé de diplôme (RNCP)', 'Dernière MaJ',
  "Accès à l'apprentissage de la fiche RNCP (oui/non)", "Date d'échéance de la fiche RNCP", 'Fiche ACTIVE/INACTIVE',
  'Intitulé certification (RNCP)', "Type d'enregistrement", 'Date de publication de la fiche\n (enregistrement de droit)',
  'Date de décision\n (enregistrement sur demande)', 'Date de début des parcours certifiants\n\n(enregistrement de droit)',
  'Date limite de la délivrance', 'Nouvelle Certification rempla (RNCP)', 'Ancienne Certification (RNCP)',
] as const;
export type KitRow = Record<(typeof KIT_COLUMNS)[number], string>;

/** « NR » (non renseigné) in the fiche column: a diploma with no RNCP fiche yet (null, not a certification). */
export function mapKitRow(where: string, v: KitRow): { draft: CertificationDraft | null } | { problems: FieldProblem[] } {
  if (/^(NR|)$/i.test(v.FicheRNCP.trim())) return { draft: null };
  const problems: FieldProblem[] = [];
  const code = certificationCode(v.FicheRNCP);
  if (!code) return { problems: [{ field: 'FicheRNCP', reason: `fiche « ${v.FicheRNCP} » invalide (RNCP… attendu)` }] };
  const cfd = v['Code Diplôme'].trim();
  if (!CFD_CODE.test(cfd)) problems.push({ field: 'Code Diplôme', reason: `code diplôme « ${cfd} » invalide (8 caractères)` });
  const title = orNull(v['Intitulé certification (RNCP)']) ?? orNull(v['Intitulé diplôme (DEPP)']);
  if (!title) problems.push({ field: 'Intitulé certification (RNCP)', reason: 'intitulé absent' });
  const level = parseLevel(v['Niveau fiche RNCP']);
  if (level === undefined) problems.push({ field: 'Niveau fiche RNCP', reason: `niveau « ${v['Niveau fiche RNCP']} » inconnu (Niveau 3 à Niveau 8)` });
  const flag = (field: (typeof KIT_COLUMNS)[number]) => {
    const value = v[field].trim() === 'NR' ? null : parseFlag(v[field]);
    if (value === undefined) problems.push({ field, reason: `« ${v[field]} » : oui/non ou ACTIVE/INACTIVE attendu` });
    return value ?? null;
  };
  const date = (field: (typeof KIT_COLUMNS)[number]) => {
    const value = parseFrenchDate(v[field]);
    if (value === undefined) problems.push({ field, reason: `date « ${v[field]} » invalide (jj/mm/aaaa attendu)` });
    return value ?? null;
  };
  const apprenticeship = flag("Accès à l'apprentissage de la fiche RNCP (oui/non)");
  const active = flag('Fiche ACTIVE/INACTIVE');
  const validUntil = date("Date d'échéance de la fiche RNCP");
  const registeredOn = [
    date('Date de décision\n (enregistrement sur demande)'), date('Date de publication de la fiche\n (enregistrement de droit)'),
    date('Date de début des parcours certifiants\n\n(enregistrement de droit)'),
  ].find(Boolean) ?? null;
  const successions: [string, string][] = [];
  for (const [field, asPrevious] of [['Nouvelle Certification rempla (RNCP)', true], ['Ancienne Certification (RNCP)', false]] as const) {
    // Several fiches are joined with « | » (RNCP517|RNCP518).
    for (const raw of v[field].split('|').filter((s) => s.trim())) {
      const other = certificationCode(raw);
      if (!other) problems.push({ field, reason: `fiche « ${raw} » invalide` });
      else if (other !== code) successions.push(asPrevious ? [code, other] : [other, code]);
    }
  }
  if (problems.length) return { problems };
  return {
    draft: {
      where: `${where} (${code})`,
      certification: {
        ...emptyCertification(code, 'kit-apprentissage'),
        title: title ?? '', level: level ?? null, type: orNull(v['Abrégé de diplôme (RNCP)']), isActive: active ?? true,
        validUntil: validUntil ? `${validUntil} 00:00:00` : null, registrationType: orNull(v["Type d'enregistrement"]), registeredOn,
        cfdCodes: [cfd], apprenticeship,
      },
      blocs: null,
      romeCodes: [],
      successions,
    },
  };
}

async function importKit(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  const rows = readCsv({ path, columns: KIT_COLUMNS, delimiter: ';' }, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  const pairs = new Set<string>();
  const drafts = new DraftAggregator();
  for await (const { line, values: v } of rows) {
    const where = `${name} ligne ${line}`;
    // One row per diploma code and fiche: the pair is the key.
    const key = `${v['Code Diplôme'].trim()} ${v.FicheRNCP.trim()}`;
    if (pairs.has(key)) {
      context.rejections.add(where, `couple code diplôme / fiche « ${key} » en double`, 'Code Diplôme');
      continue;
    }
    pairs.add(key);
    const mapped = mapKitRow(where, v);
    if ('problems' in mapped) for (const p of mapped.problems) context.rejections.add(where, p.reason, p.field);
    else if (mapped.draft) drafts.add(mapped.draft);
    else context.note('diplômes sans fiche RNCP (NR, ignorés)', 1);
  }
  const sink = new CertificationSink(context, 'kit-apprentissage', DESCRIBED_COLUMNS['kit-apprentissage']);
  await drafts.drain(sink);
  await sink.finish();
}

export const kitApprentissageSource: ImportSource = singleFileSource({
  name: 'kit-apprentissage',
  description: 'Kit apprentissage (France compétences) : Kit_apprentissage_AAAAMMJJ.csv — code diplôme (CFD) ↔ fiche RNCP',
  fileDate: (path) => {
    // The producer dates the kit in its file name (Kit_apprentissage_AAAAMMJJ.csv).
    const date = /(\d{4})(\d{2})(\d{2})/.exec(basename(path));
    return date ? `${date[1]}-${date[2]}-${date[3]}` : null;
  },
  work: importKit,
});
