import { describe, expect, it } from 'vitest';
import { reachesBinding } from './source-reach.js';

describe('whether scanner source can reach a binding', () => {
  it('yes when it names it, anywhere', () => {
    expect(reachesBinding('return last(close) > 10', 'close')).toBe(true);
    expect(reachesBinding("AddColumn('x', industry)", 'industry')).toBe(true);
    expect(reachesBinding('// the open of the day', 'open')).toBe(true);
    expect(reachesBinding('const o = candles.open', 'open')).toBe(true);
  });

  it('no when the name appears only inside a longer identifier', () => {
    expect(reachesBinding('const reopen = 1; const closeness = 2; const $time = 3', 'open')).toBe(false);
    expect(reachesBinding('const reopen = 1; const closeness = 2; const $time = 3', 'close')).toBe(false);
    expect(reachesBinding('const reopen = 1; const closeness = 2; const $time = 3', 'time')).toBe(false);
  });

  it('yes for every binding when the source could reach one without naming it', () => {
    expect(reachesBinding("return eval('op' + 'en')", 'open')).toBe(true);
    expect(reachesBinding('return arguments[1]', 'open')).toBe(true);
    expect(reachesBinding('return last(\\u006fpen)', 'open')).toBe(true);
  });
});
