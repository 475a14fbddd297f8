/**
 * How OpenAlgo spells a symbol and an exchange: one copy for the server's request schemas,
 * the app's watchlist import and the sync wire, so what one side accepts the others do too.
 */

/** Exchanges OpenAlgo accepts (its VALID_EXCHANGES). */
export const VALID_EXCHANGES = [
  'NSE',
  'BSE',
  'NFO',
  'BFO',
  'CDS',
  'BCD',
  'MCX',
  'NCDEX',
  'NCO',
  'NSE_INDEX',
  'BSE_INDEX',
  'MCX_INDEX',
  'GLOBAL_INDEX',
  'CRYPTO'
] as const;

export type Exchange = (typeof VALID_EXCHANGES)[number];

/** A letter or digit, then up to 63 letters, digits or `& _ . -`: `SBIN`, `M&M`, `BAJAJ-AUTO`. */
export const WELL_FORMED_SYMBOL = /^[A-Z0-9][A-Z0-9&_.-]{0,63}$/;

/** What a refused symbol is told. */
export const SYMBOL_RULE = 'must be an NSE-style symbol (letters, digits, & _ . -)';
