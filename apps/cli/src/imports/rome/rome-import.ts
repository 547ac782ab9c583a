import { basename } from 'node:path';
import { refreshMetierSearch } from '@passerelles/db';
import { filesTotalBytes, latestModificationDate, runImport, type ImportJob } from '../pipeline/index';
import type { ImportSource } from '../types';
import { emptyRomeKeys, importAppellations, importDomainTree, importFacets, importMetiers, importSkills } from './rome-entities';
import { openRomeFolder, romeFileColumns, type RomeFile } from './rome-files';
import { importFacetLinks, importItemLinks, pruneLinks } from './rome-links';
import { RomeReader } from './rome-reader';

function romeJob(folderPath: string): ImportJob {
  return {
    source: 'rome',
    file: basename(folderPath),
    async prepare() {
      const folder = await openRomeFolder(folderPath);
      const paths = (Object.keys(romeFileColumns) as RomeFile[]).map((f) => folder.path(f));
      return {
        fileVersion: `ROME 4.0 ${folder.version}`,
        fileDate: await latestModificationDate(paths),
        // The competence file is read twice (macro-compétences first).
        totalBytes: (await filesTotalBytes(paths)) + (await filesTotalBytes([folder.path('referentiel_competence')])),
        async work(context) {
          const reader = new RomeReader(context, folder);
          const keys = emptyRomeKeys();
          // Referentials first, links last: each link is checked against the codes already read.
          await importDomainTree(reader, keys);
          await importMetiers(reader, keys);
          await importAppellations(reader, keys);
          await importSkills(reader, keys);
          await importFacets(reader, keys);
          const itemLinks = await importItemLinks(reader, keys);
          const facetLinks = await importFacetLinks(reader, keys);
          await pruneLinks(reader, { ...itemLinks, ...facetLinks });
          // Inside the transaction: the search index changes with the data it indexes, or not at all.
          await refreshMetierSearch(context.db);
        },
      };
    },
  };
}

export const romeSource: ImportSource = {
  name: 'rome',
  description: 'ROME 4.0 (France Travail) : dossier des fichiers unix_*_v<NNN>_utf8.csv',
  run: (database, path, options) => runImport(database, romeJob(path), options),
};
