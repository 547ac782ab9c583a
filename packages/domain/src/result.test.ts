import { describe, expect, it } from 'vitest';
import { err, ok } from './result';

describe('result', () => {
  it('wraps values and failures', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('NOT_FOUND', 'absent')).toEqual({ ok: false, code: 'NOT_FOUND', message: 'absent' });
    expect(err('BAD', 'bad', { field: 'x' })).toMatchObject({ details: { field: 'x' } });
  });
});
