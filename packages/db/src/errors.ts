/** A start-up failure the operator can fix: printed as one line, never as a stack trace. */
export class DatabaseStartupError extends Error {
  constructor(
    message: string,
    readonly code: 'PGLITE_DIR_UNWRITABLE' | 'PGLITE_LOCKED' | 'PGLITE_DAMAGED' | 'POSTGRES_UNREACHABLE' | 'DATABASE_URL_INVALID',
  ) {
    super(message);
    this.name = 'DatabaseStartupError';
  }
}
