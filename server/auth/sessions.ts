import { createHash, randomBytes } from 'node:crypto';

export interface SessionStore {
  /** A new session token (256 random bits, base64url). */
  create(): string;
  isValid(token: string | undefined): boolean;
  revoke(token: string | undefined): void;
}

const MAX_SESSIONS = 1000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Sessions in memory, keyed by the token's hash (a heap dump never holds a
 * usable cookie). A restart logs everyone out, which a single-user server can afford.
 * @example const sessions = createSessionStore({ ttlMs: 7 * 86_400_000 })
 */
export function createSessionStore({ ttlMs, now = Date.now }: { ttlMs: number; now?: () => number }): SessionStore {
  const expiries = new Map<string, number>();
  return {
    create() {
      const at = now();
      for (const [hash, expiresAt] of expiries) if (expiresAt <= at) expiries.delete(hash);
      // Oldest first (insertion order): a flood of logins cannot grow the map without bound.
      while (expiries.size >= MAX_SESSIONS) expiries.delete(expiries.keys().next().value!);
      const token = randomBytes(32).toString('base64url');
      expiries.set(hashOf(token), at + ttlMs);
      return token;
    },
    isValid(token) {
      if (!token) return false;
      const expiresAt = expiries.get(hashOf(token));
      return expiresAt !== undefined && expiresAt > now();
    },
    revoke(token) {
      if (token) expiries.delete(hashOf(token));
    }
  };
}
