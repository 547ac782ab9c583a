import type { SkillBlockRecord } from '@passerelles/db';
import {
  certificationCode, checkedCodes, distinct, emptyCertification, FORMACODE, NSF_CODE, orNull, parseFlag, parseFrenchDate,
  parseLevel, ROME_CODE, SIRET, splitSkillList, type CertificationDraft, type FieldProblem,
} from './certification-mapping';
import type { RawFiche } from './rncp-xml-reader';

const first = (fiche: RawFiche, path: string): string => fiche.fields.get(path)?.[0] ?? '';
const all = (fiche: RawFiche, path: string): string[] => fiche.fields.get(path) ?? [];

export const ficheLocation = (fiche: RawFiche, code?: string | null) =>
  `FICHE #${fiche.index}${code ? ` (${code})` : ''} ligne ${fiche.line}`;

function date(fiche: RawFiche, path: string, problems: FieldProblem[]): string | null {
  const value = parseFrenchDate(first(fiche, path));
  if (value === undefined) problems.push({ field: path, reason: `date « ${first(fiche, path)} » invalide (jj/mm/aaaa attendu)` });
  return value ?? null;
}

function blocsOf(fiche: RawFiche, code: string, problems: FieldProblem[]): SkillBlockRecord[] {
  const blocs: SkillBlockRecord[] = [];
  const seen = new Set<string>();
  for (const raw of fiche.groups.get('BLOCS_COMPETENCES/BLOC_COMPETENCES') ?? []) {
    const blocCode = (raw.CODE ?? '').trim();
    const label = orNull(raw.LIBELLE);
    if (!blocCode) problems.push({ field: 'BLOC_COMPETENCES/CODE', reason: 'bloc sans code' });
    else if (!label) problems.push({ field: 'BLOC_COMPETENCES/LIBELLE', reason: `bloc ${blocCode} sans libellé` });
    else if (seen.has(blocCode)) problems.push({ field: 'BLOC_COMPETENCES/CODE', reason: `bloc « ${blocCode} » en double dans la fiche` });
    else {
      seen.add(blocCode);
      const skills = orNull(raw.LISTE_COMPETENCES);
      blocs.push({
        code: blocCode, certificationCode: code, label, skills, skillList: splitSkillList(skills),
        assessment: orNull(raw.MODALITES_EVALUATION), isCampusData: false,
      });
    }
  }
  return blocs;
}

/**
 * One FICHE of the RNCP / RS export as a certification, or the reasons it cannot be one. Registration date:
 * the decision date (enregistrement sur demande), else the effect date, else the publication date (de droit).
 */
export function mapFiche(fiche: RawFiche): { draft: CertificationDraft } | { code: string | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const code = certificationCode(first(fiche, 'NUMERO_FICHE'));
  if (!code) return { code: null, problems: [{ field: 'NUMERO_FICHE', reason: `numéro de fiche « ${first(fiche, 'NUMERO_FICHE')} » invalide (RNCP… ou RS… attendu)` }] };
  const title = orNull(first(fiche, 'INTITULE'));
  if (!title) problems.push({ field: 'INTITULE', reason: 'intitulé absent' });
  const level = parseLevel(first(fiche, 'NOMENCLATURE_EUROPE/NIVEAU'));
  if (level === undefined) problems.push({ field: 'NOMENCLATURE_EUROPE/NIVEAU', reason: `niveau « ${first(fiche, 'NOMENCLATURE_EUROPE/NIVEAU')} » inconnu (NIV3 à NIV8)` });
  const active = parseFlag(first(fiche, 'ACTIF'));
  if (active === undefined) problems.push({ field: 'ACTIF', reason: `ACTIF « ${first(fiche, 'ACTIF')} » : Oui ou Non attendu` });
  const validUntil = date(fiche, 'DATE_FIN_ENREGISTREMENT', problems);
  const registeredOn = [date(fiche, 'DATE_DECISION', problems), date(fiche, 'DATE_EFFET', problems), date(fiche, 'DATE_DE_PUBLICATION', problems)].find(Boolean) ?? null;
  const certifiers = fiche.groups.get('CERTIFICATEURS/CERTIFICATEUR') ?? [];
  const sirets = distinct(certifiers.map((c) => c.SIRET_CERTIFICATEUR ?? ''));
  for (const siret of sirets) if (!SIRET.test(siret)) problems.push({ field: 'SIRET_CERTIFICATEUR', reason: `SIRET « ${siret} » invalide (14 chiffres)` });
  const successions: [string, string][] = [];
  for (const [path, asPrevious] of [['NOUVELLES_CERTIFICATIONS/NOUVELLE_CERTIFICATION/ID_FICHE_NOUVELLE_CERTIFICATION', true], ['ANCIENNES_CERTIFICATIONS/ANCIENNE_CERTIFICATION/ID_FICHE_ANCIENNE_CERTIFICATION', false]] as const) {
    for (const raw of distinct(all(fiche, path))) {
      const other = certificationCode(raw);
      if (!other) problems.push({ field: path.split('/').at(-1) ?? path, reason: `numéro de fiche « ${raw} » invalide` });
      else successions.push(asPrevious ? [code, other] : [other, code]);
    }
  }
  const certification = {
    ...emptyCertification(code, 'rncp'),
    title: title ?? '',
    level: code.startsWith('RS') ? null : (level ?? null),
    type: orNull(first(fiche, 'ABREGE/CODE')),
    typeLabel: orNull(first(fiche, 'ABREGE/LIBELLE')),
    isActive: active ?? false,
    validUntil: validUntil ? `${validUntil} 00:00:00` : null,
    registrationType: orNull(first(fiche, 'TYPE_ENREGISTREMENT')),
    registeredOn,
    certifiers: distinct(certifiers.map((c) => c.NOM_CERTIFICATEUR ?? '')),
    certifierSirets: sirets.filter((s) => SIRET.test(s)),
    nsfCodes: checkedCodes(all(fiche, 'CODES_NSF/NSF/CODE'), NSF_CODE, 'CODES_NSF', problems),
    formacodes: checkedCodes(all(fiche, 'FORMACODES/FORMACODE/CODE'), FORMACODE, 'FORMACODES', problems),
  };
  const romeCodes = checkedCodes(all(fiche, 'CODES_ROME/ROME/CODE'), ROME_CODE, 'CODES_ROME', problems);
  const blocs = blocsOf(fiche, code, problems);
  if (problems.length) return { code, problems };
  return { draft: { where: ficheLocation(fiche, code), certification, blocs, romeCodes, successions } };
}
