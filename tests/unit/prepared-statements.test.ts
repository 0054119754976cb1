import { describe, expect, it } from 'vitest';
import { statementNames } from '../../api/db/prepared-statements.js';

describe('prepared statement names', () => {
  it('names each distinct text once, the same name every time', () => {
    const name = statementNames();
    const a = name({ sql: 'SELECT 1' });
    expect(a).not.toBe('');
    expect(name({ sql: 'SELECT 1' })).toBe(a);
    expect(name({ sql: 'SELECT 2' })).not.toBe(a);
  });

  it('runs texts beyond the limit unnamed, so no connection holds more than `limit` plans', () => {
    const name = statementNames(2);
    const first = name({ sql: 'SELECT 1' });
    name({ sql: 'SELECT 2' });
    expect(name({ sql: 'SELECT 3' })).toBe('');
    expect(name({ sql: 'SELECT 4' })).toBe('');
    expect(name({ sql: 'SELECT 1' })).toBe(first);
  });
});
