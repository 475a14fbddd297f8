import { SCANNER_TEMPLATES } from '$engine/templates/index';
import { writeHeaderMeta } from './header-meta';

/** A starting point for a new scanner: a built-in template or the blank one. */
export interface ScannerTemplate {
  id: string;
  name: string;
  category: string;
  description: string;
  source: string;
}

/** What "New scanner" starts from: a complete, runnable scanner to edit. */
export const BLANK_TEMPLATE: ScannerTemplate = {
  id: 'blank',
  name: 'New scanner',
  category: '',
  description: '',
  source: `/**
 * @interval D
 * @lookback 250
 * @param period integer 20 [2..400] Moving average period
 */
const average = ta.SMA(close, params.period);
Filter = last(close) > last(average);
AddColumn('Close', close, '1.2');
AddColumn('SMA', average, '1.2');
`
};

/** The built-in templates, grouped by category in the library's order. */
export function scannerTemplates(): readonly ScannerTemplate[] {
  return SCANNER_TEMPLATES;
}

/**
 * The template with `id` (blank when unknown), its header carrying its name, category and description.
 * @example templateById('blank').name // 'New scanner'
 */
export function templateById(id: string | null): ScannerTemplate {
  const template: ScannerTemplate = SCANNER_TEMPLATES.find((t) => t.id === id) ?? BLANK_TEMPLATE;
  return { ...template, source: writeHeaderMeta(template.source, template) };
}
