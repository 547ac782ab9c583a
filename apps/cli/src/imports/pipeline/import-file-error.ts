/**
 * A file the import refuses as a whole (missing, empty, wrong encoding, wrong columns, broken quoting).
 * Its message is shown to the operator as is: it names the file and, where known, the line.
 */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
