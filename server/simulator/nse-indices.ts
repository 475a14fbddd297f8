/**
 * Indices the simulator lists on NSE_INDEX, with levels and volatility close enough to
 * the real ones that charts look plausible (indices move less than single stocks).
 * NIFTY and NIFTY500 are computed from their constituents and start at `level`
 * (computed-index.ts); the others are synthetic random walks.
 */
export const NSE_INDICES: ReadonlyArray<{ symbol: string; name: string; level: number; dailyVolatility: number }> = [
  { symbol: 'NIFTY', name: 'NIFTY 50', level: 12000, dailyVolatility: 0.01 },
  { symbol: 'NIFTY500', name: 'NIFTY 500', level: 10000, dailyVolatility: 0.01 },
  { symbol: 'BANKNIFTY', name: 'NIFTY BANK', level: 30000, dailyVolatility: 0.013 },
  { symbol: 'FINNIFTY', name: 'NIFTY FIN SERVICE', level: 13000, dailyVolatility: 0.012 },
  { symbol: 'MIDCPNIFTY', name: 'NIFTY MID SELECT', level: 7000, dailyVolatility: 0.012 },
  { symbol: 'NIFTYNXT50', name: 'NIFTY NEXT 50', level: 29000, dailyVolatility: 0.011 },
  { symbol: 'NIFTYIT', name: 'NIFTY IT', level: 16000, dailyVolatility: 0.013 },
  { symbol: 'NIFTYAUTO', name: 'NIFTY AUTO', level: 8000, dailyVolatility: 0.012 },
  { symbol: 'NIFTYFMCG', name: 'NIFTY FMCG', level: 30000, dailyVolatility: 0.009 },
  { symbol: 'NIFTYMETAL', name: 'NIFTY METAL', level: 2500, dailyVolatility: 0.016 },
  { symbol: 'NIFTYPHARMA', name: 'NIFTY PHARMA', level: 10000, dailyVolatility: 0.011 },
  { symbol: 'INDIAVIX', name: 'INDIA VIX', level: 18, dailyVolatility: 0.04 }
];
