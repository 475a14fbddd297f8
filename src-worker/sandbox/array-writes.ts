/**
 * Source text that may change the contents of an array a scanner was handed:
 * an assignment, update or destructuring target with brackets (`a[i] = …`,
 * `a[i]++`, `[a[0]] = …`, `for (a[i] of …)`), a typed array's mutating methods,
 * computed method names (`a[m](…)`, `a['fill']`), and the escape hatches that
 * could hide either. Deliberately blunt: a false alarm only costs speed.
 */
const MAY_WRITE = [
  /\]\s*(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=(?![=>])/,
  /\]\s*(?:\+\+|--)/,
  /(?:\+\+|--)\s*[\w$.]+\s*\[/,
  /\]\s*(?:of|in)\b/,
  /\]\s*\(/,
  /\[\s*['"`]/,
  /\.\s*(?:set|fill|copyWithin|sort|reverse|reverseIn|with)\b/,
  /\b(?:eval|Function|Reflect|Atomics|Object|prototype|DataView|buffer)\b/
];

/**
 * False only when the scanner provably never writes into an array it did not
 * create itself, so a replay may serve it `ta` results without checking its inputs.
 * @example mayWriteIntoArrays('const r = ta.RSI(close); return last(r) > 70') // false
 */
export function mayWriteIntoArrays(source: string): boolean {
  // Declaring variables from an array (`const [upper, middle, lower] = ta.BBANDS(…)`) writes into none.
  const withoutDeclarations = source.replace(/\b(?:const|let|var)\s*\[[\w$\s,.]*\]\s*=/g, 'const _ =');
  return MAY_WRITE.some((pattern) => pattern.test(withoutDeclarations));
}
