import { basename } from 'node:path';
import type { SkillBlockRecord } from '@passerelles/db';
import { filesTotalBytes, readCsv, runImport, type ImportContext, type ImportJob } from '../pipeline/index';
import type { ImportSource } from '../types';
import {
  certificationCode, DESCRIBED_COLUMNS, emptyCertification, FORMACODE, NSF_CODE, orNull, parseFlag, parseFrenchDate, parseLevel, ROME_CODE,
  SIRET, type FieldProblem,
} from './certification-mapping';
import { CertificationSink } from './certification-sink';
import { openRncpCsvFolder, RNCP_CSV_TABLES, type RncpCsvColumns, type RncpCsvFolder, type RncpCsvTable } from './rncp-csv-tables';

/** What the link tables say about one fiche, gathered before the Standard table is read. */
interface FicheLinks {
  /** First line that named the fiche: where an unknown fiche is reported. */
  where: string;
  nsf: string[];
  formacodes: string[];
  romeCodes: string[];
  sirets: string[];
  certifiers: string[];
  blocs: SkillBlockRecord[];
}

class CsvExportReader {
  readonly links = new Map<string, FicheLinks>();
  private readonly pairs = new Set<string>();

  constructor(
    readonly context: ImportContext,
    private readonly folder: RncpCsvFolder,
  ) {}

  async *rows<T extends RncpCsvTable>(table: T): AsyncGenerator<{ where: string; v: Record<RncpCsvColumns<T>, string> }> {
    const path = this.folder.path(table);
    const name = basename(path);
    const records = readCsv<RncpCsvColumns<T>>({ path, columns: RNCP_CSV_TABLES[table], delimiter: ';', allowNoRows: table !== 'Standard' }, {
      onBytes: (n) => this.context.progress.advance(n),
      onMalformed: (line, reason) => this.context.rejections.add(`${name} ligne ${line}`, reason),
    });
    for await (const { line, values } of records) yield { where: `${name} ligne ${line}`, v: values };
  }

  /** The fiche's links, or null (reported) when the row names no valid fiche or repeats a row. */
  linksOf(where: string, raw: string, key: string): FicheLinks | null {
    const code = certificationCode(raw);
    if (!code) {
      this.context.rejections.add(where, `numéro de fiche « ${raw} » invalide`, 'Numero_Fiche');
      return null;
    }
    if (this.pairs.has(`${code}\u0000${key}`)) {
      this.context.rejections.add(where, `ligne en double pour ${code} (${key})`, 'Numero_Fiche');
      return null;
    }
    this.pairs.add(`${code}\u0000${key}`);
    let links = this.links.get(code);
    if (!links) {
      links = { where, nsf: [], formacodes: [], romeCodes: [], sirets: [], certifiers: [], blocs: [] };
      this.links.set(code, links);
    }
    return links;
  }

  checkCode(where: string, value: string, pattern: RegExp, field: string): boolean {
    if (pattern.test(value)) return true;
    this.context.rejections.add(where, `code « ${value} » invalide`, field);
    return false;
  }
}

async function readLinkTables(r: CsvExportReader): Promise<void> {
  for await (const { where, v } of r.rows('Nsf')) {
    const code = v.Nsf_Code.trim();
    if (r.checkCode(where, code, NSF_CODE, 'Nsf_Code')) r.linksOf(where, v.Numero_Fiche, `nsf ${code}`)?.nsf.push(code);
  }
  for await (const { where, v } of r.rows('Formacode')) {
    const code = v.Formacode_Code.trim();
    if (r.checkCode(where, code, FORMACODE, 'Formacode_Code')) r.linksOf(where, v.Numero_Fiche, `formacode ${code}`)?.formacodes.push(code);
  }
  for await (const { where, v } of r.rows('Rome')) {
    const code = v.Codes_Rome_Code.trim();
    if (r.checkCode(where, code, ROME_CODE, 'Codes_Rome_Code')) r.linksOf(where, v.Numero_Fiche, `rome ${code}`)?.romeCodes.push(code);
  }
  for await (const { where, v } of r.rows('Certificateurs')) {
    // The export puts a tab before every SIRET (to keep spreadsheets from reading it as a number).
    const siret = v.Siret_Certificateur.trim();
    if (siret && !r.checkCode(where, siret, SIRET, 'Siret_Certificateur')) continue;
    const links = r.linksOf(where, v.Numero_Fiche, `certificateur ${siret} ${v.Nom_Certificateur}`);
    if (siret) links?.sirets.push(siret);
    if (orNull(v.Nom_Certificateur)) links?.certifiers.push(v.Nom_Certificateur.trim());
  }
  const blocCodes = new Set<string>();
  for await (const { where, v } of r.rows('Blocs_De_Compétences')) {
    const code = v.Bloc_Competences_Code.trim();
    const label = orNull(v.Bloc_Competences_Libelle);
    if (!code || !label) r.context.rejections.add(where, 'bloc sans code ou sans libellé', 'Bloc_Competences_Code');
    else if (blocCodes.has(code)) r.context.rejections.add(where, `bloc « ${code} » en double`, 'Bloc_Competences_Code');
    else {
      blocCodes.add(code);
      const links = r.linksOf(where, v.Numero_Fiche, `bloc ${code}`);
      links?.blocs.push({ code, certificationCode: certificationCode(v.Numero_Fiche) ?? '', label, skills: null, skillList: [], assessment: null, isCampusData: false });
    }
  }
  // Partenaires, CCN and voies d'accès are not stored, but they are read: a broken table still refuses the export.
  for (const table of ['Partenaires', 'CCN', 'VoixdAccès'] as const) {
    for await (const { where, v } of r.rows(table)) r.linksOf(where, v.Numero_Fiche, `${table} ${Object.values(v).join(' ')}`);
  }
}

/**
 * Old ↔ new links. Unlike the other tables, a row may name a fiche the Standard table lacks (the successor of an
 * exported fiche is often outside the export): links are kept without that check.
 */
async function readSuccessions(r: CsvExportReader): Promise<[string, string][]> {
  const pairs: [string, string][] = [];
  for await (const { where, v } of r.rows('Ancienne_Nouvelle_Certification')) {
    const fiche = certificationCode(v.Numero_Fiche);
    if (!fiche) {
      r.context.rejections.add(where, `numéro de fiche « ${v.Numero_Fiche} » invalide`, 'Numero_Fiche');
      continue;
    }
    for (const [raw, field, asPrevious] of [[v.Ancienne_Certification, 'Ancienne_Certification', false], [v.Nouvelle_Certification, 'Nouvelle_Certification', true]] as const) {
      if (!raw.trim()) continue;
      const other = certificationCode(raw);
      if (!other) r.context.rejections.add(where, `numéro de fiche « ${raw} » invalide`, field);
      else pairs.push(asPrevious ? [fiche, other] : [other, fiche]);
    }
  }
  return pairs;
}

function date(raw: string, field: string, problems: FieldProblem[]): string | null {
  const value = parseFrenchDate(raw);
  if (value === undefined) problems.push({ field, reason: `date « ${raw} » invalide (jj/mm/aaaa attendu)` });
  return value ?? null;
}

async function importExport(context: ImportContext, folder: RncpCsvFolder): Promise<void> {
  const reader = new CsvExportReader(context, folder);
  await readLinkTables(reader);
  const successions = await readSuccessions(reader);
  const sink = new CertificationSink(context, 'rncp-csv', DESCRIBED_COLUMNS.rncp);
  const inStandard = new Set<string>();
  for await (const { where, v } of reader.rows('Standard')) {
    const code = certificationCode(v.Numero_Fiche);
    if (code) inStandard.add(code);
    const problems: FieldProblem[] = [];
    if (!code) problems.push({ field: 'Numero_Fiche', reason: `numéro de fiche « ${v.Numero_Fiche} » invalide` });
    const level = parseLevel(v.Nomenclature_Europe_Niveau);
    if (level === undefined) problems.push({ field: 'Nomenclature_Europe_Niveau', reason: `niveau « ${v.Nomenclature_Europe_Niveau} » inconnu (NIV3 à NIV8, REPRISE)` });
    const active = parseFlag(v.Actif);
    if (active === undefined) problems.push({ field: 'Actif', reason: `Actif « ${v.Actif} » : ACTIVE ou INACTIVE attendu` });
    if (!orNull(v.Intitule)) problems.push({ field: 'Intitule', reason: 'intitulé absent' });
    const validUntil = date(v.Date_Fin_Enregistrement, 'Date_Fin_Enregistrement', problems);
    const registeredOn = [date(v.Date_Decision, 'Date_Decision', problems), date(v.Date_Effet, 'Date_Effet', problems), date(v.Date_dernier_jo, 'Date_dernier_jo', problems)].find(Boolean) ?? null;
    if (problems.length || !code) {
      for (const p of problems) context.rejections.add(where, p.reason, p.field);
      continue;
    }
    const links = reader.links.get(code);
    await sink.add({
      where: `${where} (${code})`,
      certification: {
        ...emptyCertification(code, 'rncp'),
        title: v.Intitule.trim(), level: code.startsWith('RS') ? null : (level ?? null), type: orNull(v.Abrege_Libelle), typeLabel: orNull(v.Abrege_Intitule),
        isActive: active ?? false, validUntil: validUntil ? `${validUntil} 00:00:00` : null, registrationType: orNull(v.Type_Enregistrement), registeredOn,
        certifiers: [...new Set(links?.certifiers ?? [])], certifierSirets: [...new Set(links?.sirets ?? [])], nsfCodes: links?.nsf ?? [], formacodes: links?.formacodes ?? [],
      },
      blocs: links?.blocs ?? [],
      romeCodes: links?.romeCodes ?? [],
      successions: [],
    });
  }
  sink.addSuccessions(successions);
  // A link table row whose fiche the Standard table does not have: the export is inconsistent.
  for (const [code, links] of reader.links) {
    if (!inStandard.has(code)) context.rejections.add(links.where, `fiche « ${code} » absente de la table Standard`, 'Numero_Fiche');
  }
  await sink.finish();
}

function rncpCsvJob(path: string): ImportJob {
  return {
    source: 'rncp-csv',
    file: basename(path),
    async prepare() {
      const folder = await openRncpCsvFolder(path);
      return {
        fileVersion: `export CSV du ${folder.date}`,
        fileDate: folder.date,
        totalBytes: await filesTotalBytes((Object.keys(RNCP_CSV_TABLES) as RncpCsvTable[]).map((t) => folder.path(t))),
        work: (context) => importExport(context, folder),
      };
    },
  };
}

export const rncpCsvSource: ImportSource = {
  name: 'rncp-csv',
  description: 'RNCP / RS (France compétences) : dossier de l\'export CSV à 10 tables (export_fiches_CSV_*_AAAA_MM_JJ.csv)',
  run: (database, path, options) => runImport(database, rncpCsvJob(path), options),
};
