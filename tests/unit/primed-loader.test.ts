import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { PrimedLoader } from '../../schema/shared/primed-loader.js';

describe('PrimedLoader', () => {
  const counting = () => {
    const batches: string[][] = [];
    const loader = new PrimedLoader(
      new DataLoader<string, string | null>(async (keys) => {
        batches.push([...keys]);
        return keys.map((key) => (key === 'gone' ? null : `loaded ${key}`));
      }),
    );
    return { loader, batches };
  };

  it('answers a primed key with the value itself, including a primed null, and loads nothing', () => {
    const { loader, batches } = counting();
    loader.prime('a', 'primed a');
    loader.prime('none', null);
    expect(loader.load('a')).toBe('primed a');
    expect(loader.load('none')).toBeNull();
    expect(batches).toEqual([]);
  });

  it('loads other keys through the DataLoader, in one batch, as promises', async () => {
    const { loader, batches } = counting();
    loader.prime('a', 'primed a');
    const b = loader.load('b');
    const gone = loader.load('gone');
    expect(b).toBeInstanceOf(Promise);
    expect(await b).toBe('loaded b');
    expect(await gone).toBeNull();
    expect(loader.load('a')).toBe('primed a');
    expect(batches).toEqual([['b', 'gone']]);
  });

  it('keeps the last value primed for a key', () => {
    const { loader } = counting();
    loader.prime('a', 'first');
    loader.prime('a', 'second');
    expect(loader.load('a')).toBe('second');
  });
});
