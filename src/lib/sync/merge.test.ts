import { describe, expect, it } from 'vitest';
import { rebaseScanner, scannerChange } from './scanner-merge';
import { rebaseSymbols, watchlistChange } from './watchlist-merge';
import type { SyncedScanner } from './wire';

const shadow = {
  id: 's1',
  rev: 4,
  name: 'EMA',
  description: '',
  category: '',
  source: '/**\n * @name EMA\n */\nFilter = 1'
};
const entry = { id: 's1', changeId: 'change-1' };
const sym = (symbol: string, status: 'valid' | 'unchecked' = 'valid') => ({ symbol, exchange: 'NSE', status });

describe('scanner changes', () => {
  it('sends only the fields changed since the shadow, with their base values', () => {
    expect(scannerChange({ ...shadow, description: 'new' }, shadow, entry)).toMatchObject({
      baseRev: 4,
      fields: { description: 'new' },
      base: { description: '' }
    });
    expect(scannerChange({ ...shadow }, shadow, entry)).toBeNull();
    expect(scannerChange(null, shadow, entry)).toMatchObject({ deleted: true, baseRev: 4 });
    expect(scannerChange(shadow, undefined, entry)).toMatchObject({
      baseRev: null,
      fields: { name: 'EMA', source: shadow.source }
    });
  });

  it('replays unpushed edits on the server version; a rename alone does not count as a code edit', () => {
    const server: SyncedScanner = {
      ...shadow,
      type: 'scanner',
      rev: 7,
      deleted: false,
      updatedAt: 1,
      source: '/**\n * @name EMA\n */\nFilter = 2'
    };
    const renamedHere = { ...shadow, name: 'Fast', source: '/**\n * @name Fast\n */\nFilter = 1' };
    expect(rebaseScanner(renamedHere, shadow, undefined, server)).toMatchObject({
      name: 'Fast',
      source: server.source
    });
    expect(rebaseScanner({ ...shadow, source: 'Filter = 3' }, shadow, undefined, server).source).toBe('Filter = 3');
  });
});

describe('watchlist changes', () => {
  it('sends symbol additions and removals, leaving out status-only changes and symbols the server refuses', () => {
    const base = { id: 'w1', rev: 2, name: 'Banks', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] };
    expect(watchlistChange({ name: 'Banks', symbols: [sym('SBIN', 'unchecked')] }, base, entry)).toBeNull();
    expect(watchlistChange({ name: 'Banks', symbols: [sym('PNB'), sym('BAD@SYM')] }, base, entry)).toMatchObject({
      add: [{ symbol: 'PNB', exchange: 'NSE' }],
      remove: [{ symbol: 'SBIN', exchange: 'NSE' }]
    });
  });

  it('rebases local additions and removals on the server set, keeping statuses', () => {
    const merged = rebaseSymbols(
      [sym('SBIN'), sym('PNB')],
      [
        { symbol: 'SBIN', exchange: 'NSE' },
        { symbol: 'AXISBANK', exchange: 'NSE' }
      ],
      undefined,
      [
        { symbol: 'SBIN', exchange: 'NSE' },
        { symbol: 'AXISBANK', exchange: 'NSE' },
        { symbol: 'ICICIBANK', exchange: 'NSE' }
      ],
      (s) => ({ ...s, status: 'unchecked' as const })
    );
    expect(merged).toEqual([sym('SBIN'), sym('ICICIBANK', 'unchecked'), sym('PNB')]);
  });
});
