/** A single-use link's secret as the e-mail carried it (`?jeton=`), or null when it cannot be one. */
export function linkToken(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
}
