/** Source that can reach a binding without spelling its name: eval, the arguments object, or an escaped identifier (`\u0063lose`). */
const REACHES_ANY = /\beval\b|\barguments\b|\\u/;

/**
 * Whether scanner source can reach the binding `name`: it spells the name, or it
 * could reach any binding indirectly. Deliberately blunt (a name in a string or
 * comment counts): a false alarm only costs speed, leaving out a binding the
 * scanner reaches would change its outcome.
 * @example reachesBinding('return last(close) > 10', 'open') // false
 */
export function reachesBinding(source: string, name: string): boolean {
  return REACHES_ANY.test(source) || new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(source);
}
