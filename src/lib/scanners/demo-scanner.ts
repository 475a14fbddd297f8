/** The built-in demo scanner: a 10/20 EMA trend filter with RSI confirmation. */
export const DEMO_SCANNER = `/**
 * @name EMA trend with RSI
 * @category trend
 * @interval D
 * @lookback 250
 * @param fast integer 10 [2..200] Fast EMA period
 * @param slow integer 20 [2..400] Slow EMA period
 */
const fast = ta.EMA(close, params.fast);
const slow = ta.EMA(close, params.slow);
const rsi = ta.RSI(close, 14);
Filter = last(fast) > last(slow) && last(rsi) > 50;
AddColumn('Close', close, '1.2');
AddColumn('RSI', rsi, '1.1');
AddColumn('EMA spread %', (last(fast) - last(slow)) / last(slow) * 100, '1.2');
`;
