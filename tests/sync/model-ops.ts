/** Every user edit a schedule made, as the invariants need it. */
export type ModelOp =
  | { kind: 'code'; device: string; record: string; value: string; parent: string | null; changeId: string; order: number }
  | { kind: 'delete-scanner'; device: string; record: string; parent: string; changeId: string; order: number }
  | { kind: 'symbol'; device: string; record: string; symbol: string; present: boolean; changeId: string; order: number }
  | { kind: 'delete-list'; device: string; record: string; changeId: string; order: number }
  | { kind: 'other'; device: string; record: string; changeId: string; order: number };

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The edits, and the step at which each device heard each change id acknowledged. */
export class ModelLog {
  readonly ops: ModelOp[] = [];
  private readonly acks = new Map<string, number>();
  private order = 0;
  lastRestoreStep = -1;

  add(op: DistributiveOmit<ModelOp, 'order'>): void {
    this.ops.push({ ...op, order: this.order++ } as ModelOp);
  }

  ack(device: string, changeId: string, step: number): void {
    const key = `${device}/${changeId}`;
    if (!this.acks.has(key)) this.acks.set(key, step);
  }

  /**
   * When an edit reached the server as far as its device knows: the first acknowledgement of
   * its own change or of a later change of the same record on the same device (a change
   * carries every earlier unpushed edit of the record, up to a deletion, which carries none).
   * Null: never acknowledged.
   */
  ackStep(op: ModelOp): number | null {
    let first: number | null = null;
    for (const later of this.ops) {
      if (later.device !== op.device || later.record !== op.record || later.order < op.order) continue;
      const deletion = later.kind === 'delete-scanner' || later.kind === 'delete-list';
      if (deletion && later !== op) break;
      const step = this.acks.get(`${later.device}/${later.changeId}`);
      if (step !== undefined && (first === null || step < first)) first = step;
    }
    return first;
  }

  /** Acknowledged after the last restore: a restored server may have lost anything acknowledged before. */
  counts(op: ModelOp): boolean {
    const step = this.ackStep(op);
    return step !== null && step > this.lastRestoreStep;
  }
}
