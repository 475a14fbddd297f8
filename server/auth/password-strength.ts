/** Off loopback the password is all that stands between the network and the OpenAlgo key. */
export const MIN_NETWORK_PASSWORD_LENGTH = 12;

/** Words that make up the passwords tried first; a password built only from them (and digits) is weak. */
const COMMON_WORDS = [
  'password',
  'passw0rd',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  'secret',
  'monkey',
  'dragon',
  'fluxscan',
  'openalgo',
  'changeme',
  'login',
  'abc',
  'test'
];
const KEYBOARD_RUNS = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiopasdfghjklzxcvbnm', '09876543210'];

/** True when every character continues one run (abcd…, 1234…, qwer…) forwards or backwards. */
const isRun = (text: string) =>
  KEYBOARD_RUNS.some((run) => run.includes(text) || [...run].reverse().join('').includes(text));

/** True when the text is made only of common words, digits and punctuation. */
function isCommonWords(text: string): boolean {
  let rest = text.replace(/[^a-z]/g, '');
  if (rest === '') return true;
  for (let changed = true; changed && rest !== '';) {
    changed = false;
    for (const word of COMMON_WORDS) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
      }
    }
  }
  return rest === '';
}

/**
 * Why a password is too weak to guard a server others can reach, or null when it will do:
 * at least 12 characters, not whitespace, at least 5 different characters, not a keyboard run
 * and not only common words and digits.
 * @example weakPasswordReason('password1234') // 'is only common words and digits'
 */
export function weakPasswordReason(password: string): string | null {
  const characters = [...password];
  if (password.trim() === '') return 'is only whitespace';
  if (characters.length < MIN_NETWORK_PASSWORD_LENGTH)
    return `has fewer than ${MIN_NETWORK_PASSWORD_LENGTH} characters`;
  if (new Set(characters.map((c) => c.toLowerCase())).size < 5) return 'repeats too few different characters';
  const lower = password.toLowerCase().replace(/\s+/g, '');
  if (isRun(lower)) return 'is a run of keys (like abcd… or 1234…)';
  if (isCommonWords(lower)) return 'is only common words and digits';
  return null;
}
