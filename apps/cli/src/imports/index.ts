import { communesSource } from './communes/communes-import';
import { nafSource } from './nomenclatures/naf-import';
import { nsfSource } from './nomenclatures/nsf-import';
import { romeSource } from './rome/rome-import';
import { certifInfoSource } from './certif-info/certif-info-import';
import { kitApprentissageSource } from './kit-apprentissage/kit-apprentissage-import';
import { rncpCsvSource } from './rncp/rncp-csv-import';
import { rncpXmlSource } from './rncp/rncp-xml-import';
import { formacodeSource } from './formacode/formacode-import';
import { mefSource } from './mef/mef-import';
import { onisepFormationsSource } from './onisep/onisep-formations-import';
import { onisepMetiersSource } from './onisep/onisep-metiers-import';
import { inserjeunesSource } from './inserjeunes/inserjeunes-import';
import { inserjeunesEstablishmentsSource } from './inserjeunes/establishments-import';
import { lheoSource } from './lheo/lheo-import';
import type { ImportSource } from './types';

export type { ImportOptions, ImportReport, ImportSource, Rejection, TableCounts } from './types';

/** Every importable source, by the name given to `npm run cli -- import <source> <path>`. */
export const importSources: Record<string, ImportSource> = Object.fromEntries(
  [
    communesSource, romeSource, nafSource, nsfSource, rncpXmlSource, rncpCsvSource, certifInfoSource, kitApprentissageSource,
    formacodeSource, mefSource, onisepFormationsSource, onisepMetiersSource, inserjeunesSource, inserjeunesEstablishmentsSource,
    lheoSource,
  ].map((s) => [s.name, s]),
);
