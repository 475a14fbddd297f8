import { readFileSync } from 'node:fs';
import { NSE_LISTS_DIR } from './data-files.js';
import { createRandom, hashSeed, normal } from './seeded-random.js';

/** How a synthetic stock trades: its usual price, its daily volatility and its shares traded per day. */
export interface EquityProfile {
  /** The price the series starts at and keeps returning to, in rupees. */
  priceLevel: number;
  /** Standard deviation of daily log returns. */
  dailyVolatility: number;
  meanVolume: number;
}

export type SizeTier = 'large' | 'mid' | 'small';

interface TierRanges {
  /** Log-normal price level: median and spread (sd of ln price), clamped to [min, max]. */
  price: { median: number; spread: number; min: number; max: number };
  volatility: [number, number];
  /** Rupees traded per day (price × volume), drawn log-uniformly. */
  turnover: [number, number];
}

const CRORE = 1e7;

/**
 * Ranges by size, from what NSE equities look like: the recorded NIFTY 50 series close at a
 * median of about ₹1,400 with daily volatility of 1.2–2.7 % and ₹125–1,800 crore traded a day;
 * mid caps trade less and move more; the long tail of small listed companies is priced in the
 * tens to hundreds of rupees with a few crore traded a day.
 */
const TIERS: Record<SizeTier, TierRanges> = {
  large: {
    price: { median: 1300, spread: 0.8, min: 100, max: 20_000 },
    volatility: [0.012, 0.022],
    turnover: [50 * CRORE, 1000 * CRORE]
  },
  mid: {
    price: { median: 700, spread: 0.9, min: 40, max: 20_000 },
    volatility: [0.015, 0.025],
    turnover: [8 * CRORE, 150 * CRORE]
  },
  small: {
    price: { median: 150, spread: 1.0, min: 5, max: 8_000 },
    volatility: [0.018, 0.028],
    turnover: [0.3 * CRORE, 15 * CRORE]
  }
};

function symbolsOf(file: string): Set<string> {
  const [header, ...rows] = readFileSync(`${NSE_LISTS_DIR}${file}`, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const column = header.split(',').indexOf('Symbol');
  return new Set(rows.map((row) => row.split(',')[column].trim()));
}

let tiers: { large: Set<string>; mid: Set<string> } | undefined;

/**
 * A stock's size by index membership: NIFTY 100 is large, the rest of NIFTY 500 mid, every other listed equity small.
 * @example sizeTierOf('ABB') // 'large'
 */
export function sizeTierOf(symbol: string): SizeTier {
  tiers ??= { large: symbolsOf('ind_nifty100list.csv'), mid: symbolsOf('ind_nifty500list.csv') };
  return tiers.large.has(symbol) ? 'large' : tiers.mid.has(symbol) ? 'mid' : 'small';
}

/**
 * A realistic, repeatable profile for an NSE equity that has no recorded series, drawn from its
 * size tier and seeded by the symbol alone.
 * @example equityProfile('IRCTC').priceLevel // the same number on every run
 */
export function equityProfile(symbol: string): EquityProfile {
  const { price, volatility, turnover } = TIERS[sizeTierOf(symbol)];
  const random = createRandom(hashSeed('equity-profile', symbol));
  const priceLevel = Math.min(price.max, Math.max(price.min, price.median * Math.exp(price.spread * normal(random))));
  const dailyVolatility = volatility[0] + random() * (volatility[1] - volatility[0]);
  const rupeesPerDay = turnover[0] * Math.exp(random() * Math.log(turnover[1] / turnover[0]));
  return { priceLevel, dailyVolatility, meanVolume: Math.max(100, Math.round(rupeesPerDay / priceLevel)) };
}
