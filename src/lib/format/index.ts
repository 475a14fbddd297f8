/** How the app writes dates, times and counts: one place, so every screen agrees. */
export {
  barTimeValue,
  formatBarTime,
  formatMarketDate,
  formatMarketDateTime,
  formatMarketTime,
  marketClock,
  marketDayStart
} from './market-time';
export { countOf } from './count';
export { signalLabel } from './signal';
