/** NSE equities trade in 0.05 steps; working in twentieths keeps the results exact decimals. */
const TICKS_PER_RUPEE = 20;

/** @example roundToTick(101.337) // 101.35 */
export const roundToTick = (price: number) => Math.round(price * TICKS_PER_RUPEE) / TICKS_PER_RUPEE;
/** @example ceilToTick(101.301) // 101.35 */
export const ceilToTick = (price: number) => Math.ceil(price * TICKS_PER_RUPEE - 1e-6) / TICKS_PER_RUPEE;
/** @example floorToTick(101.349) // 101.3 */
export const floorToTick = (price: number) => Math.floor(price * TICKS_PER_RUPEE + 1e-6) / TICKS_PER_RUPEE;
