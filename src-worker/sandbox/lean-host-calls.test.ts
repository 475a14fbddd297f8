import { afterAll, describe, expect, it } from 'vitest';
import { defaultSandboxLimits } from './limits.js';
import { useLeanHostCalls } from './lean-host-calls.js';
import { createQuickJSInstance } from './quickjs-instance.js';

const module = await createQuickJSInstance(defaultSandboxLimits);
const runtime = module.newRuntime();
const vm = runtime.newContext();
const installed = useLeanHostCalls(vm);
afterAll(() => {
  vm.dispose();
  runtime.dispose();
});

function defineHost(name: string, fn: Parameters<typeof vm.newFunction>[1]) {
  vm.newFunction(name, fn).consume((handle) => vm.setProp(vm.global, name, handle));
}
defineHost('plusOne', (n) => vm.newNumber(vm.getNumber(n) + 1));
defineHost('shout', (text) => vm.newString(vm.getString(text).toUpperCase()));
defineHost('nothing', () => undefined);
defineHost('nothingNull', () => vm.null);
defineHost('refuse', (text) => {
  throw new RangeError(`refused: ${vm.getString(text)}`);
});
defineHost('bytes', (count) => vm.newArrayBuffer(new Float64Array(vm.getNumber(count)).fill(2.5).buffer));

const evaluate = (code: string): unknown => vm.unwrapResult(vm.evalCode(code)).consume((handle) => vm.dump(handle));

describe('host functions called through the lean path', () => {
  it('is installed on this version of quickjs-emscripten (a library upgrade that changes its internals fails here)', () => {
    expect(installed).toBe(true);
  });

  it('pass arguments and return numbers, strings, undefined, null and ArrayBuffers', () => {
    expect(evaluate('plusOne(41)')).toBe(42);
    expect(evaluate("shout('infy')")).toBe('INFY');
    expect(evaluate('nothing()')).toBeUndefined();
    expect(evaluate('nothingNull()')).toBeNull();
    expect(evaluate('Array.from(new Float64Array(bytes(3)))')).toEqual([2.5, 2.5, 2.5]);
  });

  it('turn a thrown host error into an exception the sandboxed code can catch, name and message kept', () => {
    expect(evaluate("try { refuse('too big') } catch (e) { e.name + ': ' + e.message }")).toBe(
      'RangeError: refused: too big'
    );
  });

  it('leak no values over many calls', () => {
    const before = runtime.computeMemoryUsage().consume((usage) => vm.dump(usage) as { memory_used_count: number });
    evaluate(
      "let s = 0; for (let i = 0; i < 20000; i++) { s += plusOne(i) + shout('x').length + new Float64Array(bytes(4)).length } s"
    );
    const after = runtime.computeMemoryUsage().consume((usage) => vm.dump(usage) as { memory_used_count: number });
    expect(after.memory_used_count - before.memory_used_count).toBeLessThan(50);
  });
});
