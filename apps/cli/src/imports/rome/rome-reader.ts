import { basename } from 'node:path';
import { readCsv, type ImportContext } from '../pipeline/index';
import { romeFileColumns, type RomeColumns, type RomeFile, type RomeFolder } from './rome-files';

export interface RomeRow<F extends RomeFile> {
  /** « unix_…csv ligne 12 »: where a rejection points. */
  where: string;
  values: Record<RomeColumns<F>, string>;
}

/** Reads ROME files of one folder, feeding progress and reporting malformed records as rejections. */
export class RomeReader {
  constructor(
    readonly context: ImportContext,
    private readonly folder: RomeFolder,
  ) {}

  async *rows<F extends RomeFile>(file: F): AsyncGenerator<RomeRow<F>> {
    const path = this.folder.path(file);
    const name = basename(path);
    const records = readCsv<RomeColumns<F>>(
      // Every file is sniffed: unix_arborescence_secteur_naf is cp1252 although its name says utf8.
      { path, columns: romeFileColumns[file] as readonly RomeColumns<F>[], encoding: 'auto' },
      {
        onBytes: (n) => this.context.progress.advance(n),
        onMalformed: (line, reason) => this.context.rejections.add(`${name} ligne ${line}`, reason),
      },
    );
    for await (const { line, values } of records) yield { where: `${name} ligne ${line}`, values };
  }

  reject(where: string, reason: string, field?: string): void {
    this.context.rejections.add(where, reason, field);
  }
}
