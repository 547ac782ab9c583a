import { basename } from 'node:path';
import { singleFileSource, type ImportContext } from '../pipeline/index';
import type { ImportSource } from '../types';
import { DraftAggregator } from '../rncp/certification-aggregate';
import {
  CFD_CODE, certificationCode, DESCRIBED_COLUMNS, checkedCodes, distinct, emptyCertification, FORMACODE, NSF_CODE, orNull, parseLevel, ROME_CODE,
  type CertificationDraft, type FieldProblem,
} from '../rncp/certification-mapping';
import { CertificationSink } from '../rncp/certification-sink';
import { readPlainCsv } from './plain-csv-reader';

export const CERTIF_INFO_COLUMNS = [
  'Code_Diplome', 'Libelle_Diplome', 'Libelle_Type_Diplome', 'Code_Niveau_Europeen', 'Date_MaJ', 'Code_FormaCode', 'Libelle_FormaCode',
  'Code_Rome_1', 'Code_Rome_2', 'Code_Rome_3', 'Code_Rome_4', 'Code_Rome_5', 'Code_Nsf', 'Code_RNCP', 'Code_RS', 'Code_Scolarité',
  'valideur', 'certificateur', 'Annee_Premiere_Session', 'Annee_Derniere_Session', 'Code_Ancien_Diplome', 'Intitulé_Ancien_Diplome',
  'Code_Ancien_RNCP', 'Code_Ancien_Scolarité', '`Options`', 'Etat', 'Etat_Libelle', 'Etat_Ancien_Diplome', 'Etat_Ancien_Diplome_Libelle',
  'accessibilite_fi', 'accessibilite_ca', 'accessibilite_fc', 'accessibilite_cp', 'accessibilite_vae', 'accessibilite_ind',
  'code_type_diplome', 'codeIdeo2',
] as const;
export type CertifInfoRow = Record<(typeof CERTIF_INFO_COLUMNS)[number], string>;

/**
 * One Certif Info row (a diploma, or one parcours of it) as a certification draft. Rows without an RNCP or RS code
 * are trainings, not certifications (null). The certifier is the `certificateur` when given, else the bodies
 * that award the diploma (`valideur`), both comma-separated lists.
 */
export function mapCertifInfoRow(where: string, v: CertifInfoRow): { draft: CertificationDraft | null } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const rawCode = v.Code_RNCP.trim() ? v.Code_RNCP : v.Code_RS;
  if (!rawCode.trim()) return { draft: null };
  const code = certificationCode(rawCode, v.Code_RNCP.trim() ? 'RNCP' : 'RS');
  if (!code) return { problems: [{ field: v.Code_RNCP.trim() ? 'Code_RNCP' : 'Code_RS', reason: `code « ${rawCode} » invalide` }] };
  const title = orNull(v.Libelle_Diplome);
  if (!title) problems.push({ field: 'Libelle_Diplome', reason: 'intitulé absent' });
  const level = parseLevel(v.Code_Niveau_Europeen);
  if (level === undefined) problems.push({ field: 'Code_Niveau_Europeen', reason: `niveau « ${v.Code_Niveau_Europeen} » inconnu (3 à 8)` });
  const romeCodes = checkedCodes([v.Code_Rome_1, v.Code_Rome_2, v.Code_Rome_3, v.Code_Rome_4, v.Code_Rome_5], ROME_CODE, 'Code_Rome', problems);
  const cfdCodes = checkedCodes([v['Code_Scolarité']], CFD_CODE, 'Code_Scolarité', problems);
  const nsfCodes = checkedCodes([v.Code_Nsf], NSF_CODE, 'Code_Nsf', problems);
  const formacodes = checkedCodes([v.Code_FormaCode], FORMACODE, 'Code_FormaCode', problems);
  const previous = v.Code_Ancien_RNCP.trim() ? certificationCode(v.Code_Ancien_RNCP, 'RNCP') : null;
  if (v.Code_Ancien_RNCP.trim() && !previous) problems.push({ field: 'Code_Ancien_RNCP', reason: `code « ${v.Code_Ancien_RNCP} » invalide` });
  if (problems.length) return { problems };
  return {
    draft: {
      where: `${where} (${code})`,
      certification: {
        ...emptyCertification(code, 'certif-info'),
        title: title ?? '', level: code.startsWith('RS') ? null : (level ?? null), typeLabel: orNull(v.Libelle_Type_Diplome),
        certifiers: distinct((orNull(v.certificateur) ?? v.valideur).split(',')), nsfCodes, formacodes, cfdCodes,
      },
      blocs: null,
      romeCodes,
      successions: previous && previous !== code ? [[previous, code]] : [],
    },
  };
}

async function importCertifInfo(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  const rows = readPlainCsv({ path, columns: CERTIF_INFO_COLUMNS, delimiter: ';' }, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  const seen = new Map<string, string>();
  const drafts = new DraftAggregator();
  for await (const { line, values: v } of rows) {
    const where = `${name} ligne ${line}`;
    // A row is one diploma, under one RNCP or RS fiche, in one Onisep training (codeIdeo2): together they are the key.
    const key = [v.Code_Diplome, v.Code_RNCP, v.Code_RS, v.codeIdeo2].map((s) => s.trim()).join(' ');
    const content = JSON.stringify(v);
    if (!/^\d+$/.test(v.Code_Diplome.trim())) {
      context.rejections.add(where, `Code_Diplome « ${v.Code_Diplome} » invalide`, 'Code_Diplome');
      continue;
    }
    // The published file repeats some rows word for word: a repeat is harmless, a differing one is not.
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (earlier === content) context.note('lignes répétées à l\'identique (ignorées)', 1);
      else context.rejections.add(where, `ligne « ${key} » (Code_Diplome, Code_RNCP, Code_RS, codeIdeo2) en double avec un contenu différent`, 'Code_Diplome');
      continue;
    }
    seen.set(key, content);
    const mapped = mapCertifInfoRow(where, v);
    if ('problems' in mapped) for (const p of mapped.problems) context.rejections.add(where, p.reason, p.field);
    else if (mapped.draft) drafts.add(mapped.draft);
    else context.note('formations sans code RNCP ni RS (ignorées)', 1);
  }
  const sink = new CertificationSink(context, 'certif-info', DESCRIBED_COLUMNS['certif-info']);
  await drafts.drain(sink);
  await sink.finish();
}

export const certifInfoSource: ImportSource = singleFileSource({
  name: 'certif-info',
  description: 'Certif Info (Réseau des Carif-Oref) : certif_info.csv — certifications RNCP / RS, CFD, NSF, Formacode, codes ROME 3',
  work: importCertifInfo,
});
