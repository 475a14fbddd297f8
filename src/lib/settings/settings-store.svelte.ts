import { defaultWorkerCount } from '#spawn-engine-worker';
import type { SandboxLimits } from '$engine/sandbox/limits';
import { DEFAULT_SETTINGS, MAX_WORKERS, parseStoredSettings, settingsSchema, type Settings } from './settings-schema';

const STORAGE_KEY = 'fluxscan:settings';

function readSettings(): Settings {
  if (typeof localStorage === 'undefined') return DEFAULT_SETTINGS;
  try {
    return parseStoredSettings(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The settings in effect, read once from localStorage and kept in step with other tabs. */
class SettingsStore {
  current = $state<Settings>(readSettings());

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY) this.current = readSettings();
    });
  }

  /**
   * Validates and saves a change; an invalid value comes back as a message per field.
   * @example settingsStore.save({ workerCount: 2 })
   */
  save(change: Partial<Settings>): { data: Settings } | { error: Partial<Record<keyof Settings, string>> } {
    const parsed = settingsSchema.safeParse({ ...this.current, ...change });
    if (!parsed.success) {
      const error: Partial<Record<keyof Settings, string>> = {};
      for (const issue of parsed.error.issues) error[issue.path[0] as keyof Settings] ??= issue.message;
      return { error };
    }
    localStorage.setItem(STORAGE_KEY, JSON.stringify(parsed.data));
    this.current = parsed.data;
    return { data: parsed.data };
  }

  reset(): void {
    localStorage.removeItem(STORAGE_KEY);
    this.current = DEFAULT_SETTINGS;
  }
}

export const settingsStore = new SettingsStore();

/** How many workers this device may run: one per logical core, at least one. */
export function maxWorkerCount(): number {
  return Math.min(MAX_WORKERS, Math.max(1, navigator.hardwareConcurrency || 1));
}

/**
 * The engine pool's size: the user's choice (clamped to this device's cores) or cores − 1.
 * @example new ScanPool({ size: engineWorkerCount() })
 */
export function engineWorkerCount(): number {
  const chosen = settingsStore.current.workerCount;
  return chosen === null ? defaultWorkerCount() : Math.min(chosen, maxWorkerCount());
}

/**
 * The sandbox limits a scan should run with, from settings.
 * @example enginePool().scan({ source, symbols, limits: scanLimits() })
 */
export function scanLimits(): Pick<SandboxLimits, 'timeoutMs'> {
  return { timeoutMs: settingsStore.current.symbolTimeoutMs };
}

/**
 * Defaults for a new scan: exchange, interval and lookback bars.
 * @example const { interval, lookbackBars } = scanDefaults()
 */
export function scanDefaults(): Pick<Settings, 'defaultExchange' | 'defaultInterval' | 'lookbackBars'> {
  const { defaultExchange, defaultInterval, lookbackBars } = settingsStore.current;
  return { defaultExchange, defaultInterval, lookbackBars };
}
