import { createTarget, deleteTarget, dryRunTarget, listTargets, targetAttempts, type DryRun, type OpenAlgoTarget, type TargetAttempt } from './openalgo-targets-api';

/** The OpenAlgo alert targets section's state: the saved targets, the new-target form, a dry run's answer. */
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

  async add() {
    this.saving = true;
    const input = { kind: this.kind, name: this.name, host: this.host, webhookId: this.webhookId, action: this.action, dailyCap: this.dailyCap, enabled: true };
    const created = await createTarget(this.kind === 'strategy' ? { ...input, positionSize: this.positionSize } : input);
    this.saving = false;
    if ('error' in created) {
      this.failure = created.error.message;
      this.fields = created.error.fields;
      return;
    }
    this.failure = null;
    this.fields = {};
    this.webhookId = '';
    this.targets = [...this.targets, created.data.target];
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
