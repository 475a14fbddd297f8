import type { Migration } from './migrations.js';

/** A run's AddColumn formats by column name (JSON), so its export writes numbers as the scanner formats them. */
export const RUN_COLUMN_FORMATS_MIGRATION: Migration = {
  version: 10,
  name: 'run column formats',
  statements: ['ALTER TABLE runs ADD COLUMN column_formats TEXT']
};
