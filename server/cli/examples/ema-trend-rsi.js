/**
 * @name EMA trend with RSI
 * @interval D
 * @lookback 250
 * @param fast integer 10 [2..200] Fast EMA period
 * @param slow integer 20 [2..400] Slow EMA period
 */
const fast = ta.EMA(close, params.fast);
const slow = ta.EMA(close, params.slow);
const rsi = ta.RSI(close, { timeperiod: 14 });

// AmiBroker style
Filter = last(fast) > last(slow) && last(rsi) > 50;
AddColumn('Close', close, '1.2');
AddColumn('RSI', rsi, '1.1');
