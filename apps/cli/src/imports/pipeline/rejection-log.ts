import type { Rejection } from '../types';

/** Rejections kept in a report: enough to fix a file, bounded so a wholly wrong file cannot fill the database. */
export const MAX_KEPT_REJECTIONS = 500;

export class RejectionLog {
  private readonly kept: Rejection[] = [];
  private total = 0;

  add(location: string, reason: string, field?: string): void {
    this.total++;
    if (this.kept.length < MAX_KEPT_REJECTIONS) this.kept.push(field ? { location, field, reason } : { location, reason });
  }

  get count(): number {
    return this.total;
  }

  get list(): Rejection[] {
    return [...this.kept];
  }
}
