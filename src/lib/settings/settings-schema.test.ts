import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings, settingsSchema } from './settings-schema';

describe('settings', () => {
  it('defaults to NSE, daily bars, 250 bars of lookback, automatic workers and a 1 s symbol limit', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      defaultExchange: 'NSE',
      defaultInterval: 'D',
      lookbackBars: 250,
      workerCount: null,
      symbolTimeoutMs: 1000
    });
  });

  it('reads back saved settings as they were', () => {
    const saved = {
      defaultExchange: 'BSE',
      defaultInterval: '15m',
      lookbackBars: 500,
      workerCount: 2,
      symbolTimeoutMs: 2500
    };
    expect(parseStoredSettings(saved)).toEqual(saved);
  });

  it('replaces only the fields that are missing or invalid', () => {
    expect(parseStoredSettings({ workerCount: 0, symbolTimeoutMs: 3000, lookbackBars: 'many' })).toEqual({
      ...DEFAULT_SETTINGS,
      symbolTimeoutMs: 3000
    });
    expect(parseStoredSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the symbol time limit within what the sandbox accepts', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, symbolTimeoutMs: 5 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, symbolTimeoutMs: 60_001 }).success).toBe(false);
  });
});
