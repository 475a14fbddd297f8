import { addDays, istDateOf, istEpochMs, toIstDate, type IstDate } from '$engine/calendar';

export type RangePreset = '1y' | '3y' | '5y' | 'custom';

export const RANGE_PRESETS: { value: RangePreset; label: string }[] = [
  { value: '1y', label: '1 y' },
  { value: '3y', label: '3 y' },
  { value: '5y', label: '5 y' },
  { value: 'custom', label: 'Custom' }
];

const PRESET_YEARS: Record<Exclude<RangePreset, 'custom'>, number> = { '1y': 1, '3y': 3, '5y': 5 };

/**
 * The signal dates of a preset, as NSE (IST) dates: `years` back from today's IST date through today.
 * @example presetRange('1y', Date.parse('2026-12-05T10:00:00+05:30')) // { from: '2025-12-05', to: '2026-12-05' }
 */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, now: number): { from: IstDate; to: IstDate } {
  const to = istDateOf(now);
  const [year, month, day] = to.split('-');
  const back = `${Number(year) - PRESET_YEARS[preset]}-${month}-${day}`;
  // 29 February has no twin a year back: the day after the 28th stands in.
  return { from: toIstDate(back) ?? addDays(`${back.slice(0, 8)}28` as IstDate, 1), to };
}

/** Epoch seconds of the first and last instant of the IST dates `from` … `to`. */
export function signalWindow(from: IstDate, to: IstDate): { fromTime: number; toTime: number } {
  return { fromTime: istEpochMs(from) / 1000, toTime: istEpochMs(addDays(to, 1)) / 1000 - 1 };
}

/**
 * Horizons typed as "1, 5, 10, 20": whole bars from 1 to 250, at most 12, sorted, without repeats.
 * @example parseHorizons('20, 5 1') // { data: [1, 5, 20] }
 */
export function parseHorizons(text: string): { data: number[] } | { error: string } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return { error: 'give at least one horizon' };
  const values = parts.map(Number);
  const bad = parts.find((part, i) => !Number.isInteger(values[i]) || values[i] < 1 || values[i] > 250);
  if (bad !== undefined) return { error: `"${bad}" is not a horizon: use whole bars from 1 to 250` };
  const unique = [...new Set(values)].sort((a, b) => a - b);
  if (unique.length > 12) return { error: 'at most 12 horizons' };
  return { data: unique };
}
