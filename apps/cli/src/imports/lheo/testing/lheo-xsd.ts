import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';

/** The official LHÉO 2.3 schema in the reference data folder (DATA_DIR, ../shared/data by default). */
export const lheoXsdPath = () => resolve(process.env.DATA_DIR || resolve(process.cwd(), '../shared/data'), 'lheo', 'lheo.xsd');

/**
 * Checks an LHÉO document with libxml2 (WebAssembly, offline): against the official lheo.xsd when the data folder
 * is there; without it, the document must still parse (well-formed) and hold the elements the schema requires
 * first (lheo/offres/formation with intitulé, action/session/periode and the responsible organisation).
 * Returns the errors (empty: valid) and whether the XSD was used.
 */
export function validateLheo(xml: string): { errors: string[]; against: 'xsd' | 'well-formedness' } {
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (e) {
    return { errors: [(e as Error).message], against: 'well-formedness' };
  }
  try {
    const path = lheoXsdPath();
    if (existsSync(path)) {
      const schema = XmlDocument.fromBuffer(readFileSync(path));
      const validator = XsdValidator.fromDoc(schema);
      try {
        validator.validate(doc);
        return { errors: [], against: 'xsd' };
      } catch (e) {
        const details = (e as { details?: { message: string; line: number }[] }).details ?? [];
        return { errors: details.length ? details.map((d) => `ligne ${d.line} : ${d.message.trim()}`) : [(e as Error).message], against: 'xsd' };
      } finally {
        validator.dispose();
        schema.dispose();
      }
    }
    const ns = { l: 'http://lheo.gouv.fr/2.3' };
    const required = ['/l:lheo/l:offres/l:formation', '//l:formation/l:intitule-formation', '//l:formation/l:action/l:session/l:periode/l:debut',
      '//l:formation/l:organisme-formation-responsable/l:SIRET-organisme-formation/l:SIRET'];
    return { errors: required.filter((xpath) => doc.find(xpath, ns).length === 0).map((x) => `élément requis absent : ${x}`), against: 'well-formedness' };
  } finally {
    doc.dispose();
  }
}
