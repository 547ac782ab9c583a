import type { ImportOptions } from '../types';

/** Progress over the bytes of every file a run reads: the one measure known before parsing. */
export class Progress {
  private done = 0;

  constructor(
    private readonly totalBytes: number,
    private readonly onProgress: ImportOptions['onProgress'],
  ) {}

  advance(bytes: number): void {
    this.done += bytes;
    this.onProgress?.(Math.round(this.done / 1024), Math.round(this.totalBytes / 1024), 'Ko');
  }
}
