import { afterAll, describe, expect, it } from 'vitest';
import { defaultSandboxLimits } from './limits.js';
import { createQuickJSInstance } from './quickjs-instance.js';
import { StringHandles } from './string-handles.js';

const module = await createQuickJSInstance(defaultSandboxLimits);
const runtime = module.newRuntime();
const vm = runtime.newContext();
const strings = new StringHandles(vm);
afterAll(() => {
  strings.dispose();
  vm.dispose();
  runtime.dispose();
});

describe('strings passed with every symbol of a scan', () => {
  it('are made once and handed out again', () => {
    const [first] = strings.get('NSE');
    const [again] = strings.get('NSE');
    expect(again).toBe(first);
    expect(vm.getString(again)).toBe('NSE');
  });

  it('stay alive for the call that asked for them when the cache starts over (a long run of scans with different parameters)', () => {
    for (let scan = 0; scan < 100; scan++) {
      const handles = strings.get('NSE', 'D', JSON.stringify({ period: scan }));
      expect(handles.map((handle) => vm.getString(handle))).toEqual(['NSE', 'D', `{"period":${scan}}`]);
    }
  });
});
