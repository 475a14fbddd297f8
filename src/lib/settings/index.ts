/**
 * The user's settings, saved in this browser (localStorage, zod-validated on read and write).
 * - `settingsStore.current` (rune state) and `settingsStore.save(change)` for the settings screen.
 * - `scanLimits()` → `{ timeoutMs }` for a scan's `limits`; `scanDefaults()` → exchange, interval, lookback.
 * - `engineWorkerCount()` → the engine pool's size; `maxWorkerCount()` → this device's ceiling.
 */
export { engineWorkerCount, maxWorkerCount, scanDefaults, scanLimits, settingsStore } from './settings-store.svelte';
export { DEFAULT_SETTINGS, SETTINGS_EXCHANGES, SETTINGS_INTERVALS, type Settings } from './settings-schema';
