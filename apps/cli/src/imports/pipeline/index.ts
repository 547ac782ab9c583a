export { readCsv, type CsvFileSpec, type CsvRecord } from './csv-reader';
export { detectEncoding, type FileEncoding } from './encoding';
export { ImportFileError } from './import-file-error';
export { RejectionLog } from './rejection-log';
export { runImport, type ImportContext, type ImportJob, type PreparedImport } from './run-import';
export { TableWriter } from './table-writer';
export { filesTotalBytes, latestModificationDate } from './file-facts';
export { readJsonArrayLines, type JsonRecord } from './json-lines-reader';
export { assertXmlFile, fileHead, streamXmlRecords } from './xml-stream';
