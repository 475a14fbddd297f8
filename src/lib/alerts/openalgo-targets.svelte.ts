import {
  createTarget,
  deleteTarget,
  dryRunTarget,
  listTargets,
  targetAttempts,
  updateTarget,
  type DryRun,
  type OpenAlgoTarget,
  type OpenAlgoTargetInput,
  type TargetAttempt
} from './openalgo-targets-api';

/** The OpenAlgo alert targets section's state: the saved targets, the form (new or editing one), a dry run's answer. */
export class OpenAlgoTargets {
  targets = $state<OpenAlgoTarget[]>([]);
  kind = $state<'chartink' | 'strategy'>('chartink');
  name = $state('');
  host = $state('');
  webhookId = $state('');
  action = $state('BUY');
  positionSize = $state(1);
  dailyCap = $state(20);
  fields = $state<Record<string, string[]>>({});
  failure = $state<string | null>(null);
  dryRun = $state<{ targetId: string; answer: DryRun } | null>(null);
  attempts = $state<{ targetId: string; list: TargetAttempt[] } | null>(null);
  saving = $state(false);
  /** The target the form edits, or null for a new one. Its webhook id is never in the form: blank keeps it. */
  editing = $state<OpenAlgoTarget | null>(null);

  async load() {
    const listed = await listTargets();
    if ('error' in listed) this.failure = listed.error.message;
    else this.targets = listed.data.targets;
  }

  /** SHORT and COVER exist only for the Chartink strategy. */
  setKind(kind: 'chartink' | 'strategy') {
    this.kind = kind;
    if (kind === 'strategy' && !['BUY', 'SELL'].includes(this.action)) this.action = 'BUY';
  }

  /** Fills the form with a saved target; the webhook id field stays blank (the stored one is kept unless replaced). */
  edit(target: OpenAlgoTarget) {
    this.editing = target;
    this.kind = target.kind;
    this.name = target.name;
    this.host = target.host;
    this.webhookId = '';
    this.action = target.action;
    this.positionSize = target.positionSize ?? 1;
    this.dailyCap = target.dailyCap;
    this.fields = {};
    this.failure = null;
  }

  cancelEdit() {
    this.editing = null;
    this.name = this.host = this.webhookId = '';
    this.fields = {};
    this.failure = null;
  }

  /** Creates a target, or saves the one being edited (a blank webhook id keeps the stored one). */
  async save() {
    this.saving = true;
    const editing = this.editing;
    const webhookId = this.webhookId.trim();
    const input: OpenAlgoTargetInput = {
      kind: this.kind,
      name: this.name,
      host: this.host,
      action: this.action,
      dailyCap: this.dailyCap,
      enabled: editing?.enabled ?? true,
      ...(webhookId === '' && editing ? {} : { webhookId }),
      ...(editing ? { scannerIds: editing.scannerIds, fireOn: editing.fireOn } : {}),
      ...(this.kind === 'strategy' ? { positionSize: this.positionSize } : {})
    };
    const saved = editing ? await updateTarget(editing.id, input) : await createTarget(input);
    this.saving = false;
    if ('error' in saved) {
      this.failure = saved.error.message;
      this.fields = saved.error.fields;
      return;
    }
    this.failure = null;
    this.fields = {};
    this.webhookId = '';
    const target = saved.data.target;
    this.targets = editing ? this.targets.map((t) => (t.id === target.id ? target : t)) : [...this.targets, target];
    if (editing) this.cancelEdit();
  }

  async remove(id: string) {
    const removed = await deleteTarget(id);
    if ('error' in removed) this.failure = removed.error.message;
    else this.targets = this.targets.filter((target) => target.id !== id);
  }

  async test(id: string) {
    const answer = await dryRunTarget(id, ['SBIN']);
    if ('error' in answer) this.failure = answer.error.message;
    else this.dryRun = { targetId: id, answer: answer.data };
  }

  async showAttempts(id: string) {
    const listed = await targetAttempts(id);
    if ('error' in listed) this.failure = listed.error.message;
    else this.attempts = { targetId: id, list: listed.data.attempts };
  }
}
