import { parseScannerHeader, type ScannerMeta } from '$engine/contract/scanner-header';
import { resolveParameters } from '$engine/contract/parameters';
import type { Diagnostic } from '$engine/contract/static-checks';
import { enginePool } from '$lib/services/engine-pool';
import { writeHeaderMeta, type HeaderMeta } from './header-meta';
import { saveScanner, type SavedScanner } from './scanner-store';
import { testRunScanner, type TestRunResult } from './scanner-test-run';

/** Validation waits this long after the last keystroke. */
const VALIDATE_DELAY_MS = 300;

type Draft = HeaderMeta & { source: string };
const snapshot = (d: Draft) => JSON.stringify([d.name.trim(), d.category.trim(), d.description.trim(), d.source]);

/**
 * The scanner being edited: its fields and source (kept in sync through the
 * header), validation, parameter values, the test run and saving.
 */
export class ScannerEditor {
  id = $state<string | null>(null);
  name = $state('');
  category = $state('');
  description = $state('');
  source = $state('');
  /** Diagnostics and the source they were computed for (markers apply only to that source). */
  validation = $state<{ source: string; diagnostics: Diagnostic[] } | null>(null);
  validationFailure = $state<string | null>(null);
  paramOverrides = $state<Record<string, unknown>>({});
  testSymbol = $state('INFY');
  testExchange = $state('NSE');
  testRunning = $state(false);
  testResult = $state<TestRunResult | null>(null);
  /** Finished test runs, so a reader can tell one result from the next. */
  testRuns = $state(0);
  saving = $state(false);
  saveError = $state<string | null>(null);
  private savedSnapshot = $state('');
  /** Whether the user typed the name in its field: a name typed there wins over the code's `@name`. */
  private nameTyped = false;
  private testedSource = $state<string | null>(null);
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  private validationRun = 0;

  /** The header, or the last one that parsed while the user is mid-edit. */
  private lastMeta: ScannerMeta | null = null;
  readonly header = $derived(parseScannerHeader(this.source));
  readonly meta = $derived.by(() => {
    if ('data' in this.header) this.lastMeta = this.header.data;
    return this.lastMeta;
  });
  readonly parameters = $derived(this.meta?.parameters ?? []);
  /** Each declared parameter's value: the user's, while it still fits the declaration, else the default. */
  readonly paramValues = $derived(
    Object.fromEntries(
      this.parameters.map((p) => {
        const value = this.paramOverrides[p.name];
        const fits = typeof value === typeof p.default && (p.type !== 'choice' || p.choices.includes(value as string));
        return [p.name, fits ? value : p.default];
      })
    ) as Record<string, number | boolean | string>
  );
  readonly paramError = $derived.by(() => {
    const resolved = resolveParameters(this.parameters, this.paramValues);
    return 'error' in resolved ? resolved.error : null;
  });
  readonly dirty = $derived(snapshot(this) !== this.savedSnapshot);
  readonly diagnostics = $derived(this.validation?.source === this.source ? this.validation.diagnostics : []);
  readonly errorCount = $derived(this.diagnostics.filter((d) => d.severity === 'error').length);
  /** The line a test run failed on, while the source is still the one that ran. */
  readonly testErrorLine = $derived(
    this.testResult?.kind === 'error' && this.testedSource === this.source ? this.testResult.line : null
  );

  /** Starts editing a saved scanner, or a new one (`id` null) from a template. */
  load(draft: Draft & { id: string | null }) {
    this.id = draft.id;
    this.name = draft.name;
    this.category = draft.category;
    this.description = draft.description;
    this.source = draft.source;
    this.paramOverrides = {};
    this.testResult = null;
    this.saveError = null;
    this.nameTyped = false;
    this.savedSnapshot = snapshot(draft);
    this.scheduleValidation();
  }

  /**
   * A change typed (or pasted) in the code: the fields follow the header whenever it parses, except a
   * name the user typed, which the header fills only while the field is empty or untouched (saving
   * writes the field's name back into the header).
   */
  editSource(source: string) {
    this.source = source;
    const header = parseScannerHeader(source);
    if ('data' in header) {
      if (!this.nameTyped || this.name.trim() === '') this.name = header.data.name ?? '';
      this.category = header.data.category ?? '';
      this.description = header.data.description ?? '';
    }
    this.scheduleValidation();
  }

  /** A change typed in a field: the header follows. */
  editMeta(field: keyof HeaderMeta, value: string) {
    this[field] = value;
    if (field === 'name') this.nameTyped = value.trim() !== '';
    this.source = writeHeaderMeta(this.source, {
      name: this.name,
      category: this.category,
      description: this.description
    });
    this.scheduleValidation();
  }

  setParam(name: string, value: unknown) {
    this.paramOverrides = { ...this.paramOverrides, [name]: value };
  }

  resetParams() {
    this.paramOverrides = {};
  }

  /** Validates in an engine worker shortly after typing stops; an older answer never overwrites a newer one. */
  scheduleValidation() {
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => void this.validateNow(), VALIDATE_DELAY_MS);
  }

  async validateNow() {
    const source = this.source;
    const run = ++this.validationRun;
    try {
      const { diagnostics } = await enginePool().validate(source);
      if (run !== this.validationRun) return;
      this.validation = { source, diagnostics };
      this.validationFailure = null;
    } catch (error) {
      if (run === this.validationRun) this.validationFailure = `could not validate: ${(error as Error).message}`;
    }
  }

  /** Saves; returns the saved scanner, or null with `saveError` set. */
  async save(): Promise<SavedScanner | null> {
    this.saving = true;
    this.saveError = null;
    try {
      const saved = await saveScanner({
        id: this.id ?? undefined,
        name: this.name,
        category: this.category,
        description: this.description,
        source: this.source
      });
      if ('error' in saved) {
        this.saveError = saved.error;
        return null;
      }
      const { data } = saved;
      this.id = data.id;
      this.name = data.name;
      this.category = data.category;
      this.description = data.description;
      this.source = data.source;
      this.savedSnapshot = snapshot(data);
      return data;
    } finally {
      this.saving = false;
    }
  }

  /** Runs the current source (saved or not) on the test symbol with the form's parameter values. */
  async runTest() {
    this.testRunning = true;
    const source = this.source;
    try {
      this.testResult = await testRunScanner({
        source,
        symbol: this.testSymbol,
        exchange: this.testExchange,
        params: this.paramValues
      });
    } catch (error) {
      this.testResult = {
        kind: 'error',
        message: (error as Error).message,
        line: null,
        symbol: this.testSymbol,
        exchange: this.testExchange,
        data: null,
        elapsedMs: 0
      };
    } finally {
      this.testedSource = source;
      this.testRuns += 1;
      this.testRunning = false;
    }
  }

  dispose() {
    clearTimeout(this.validateTimer);
  }
}
