import { fileURLToPath } from 'node:url';

/** Real NSE data shipped with FluxScan: symbol lists and recorded daily series. */
export const NSE_LISTS_DIR = fileURLToPath(new URL('../data/nse/', import.meta.url));
export const RECORDED_DAILY_DIR = fileURLToPath(new URL('../data/nifty50-daily/', import.meta.url));
