/** Every user edit a schedule made, as the invariants need it. */
export type ModelOp =
  | {
      kind: 'code';
      device: string;
      record: string;
      value: string;
      parent: string | null;
      changeId: string;
      order: number;
    }
  | { kind: 'delete-scanner'; device: string; record: string; parent: string; changeId: string; order: number }
  | {
      kind: 'symbol';
      device: string;
      record: string;
      symbol: string;
      present: boolean;
      changeId: string;
      order: number;
    }
  | { kind: 'delete-list'; device: string; record: string; changeId: string; order: number }
  | { kind: 'other'; device: string; record: string; changeId: string; order: number };

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The edits, and the step at which each one's device heard it acknowledged. */
export class ModelLog {
  readonly ops: ModelOp[] = [];
  private readonly acked = new Map<ModelOp, number>();
  lastRestoreStep = -1;

  add(op: DistributiveOmit<ModelOp, 'order'>): void {
    this.ops.push({ ...op, order: this.ops.length } as ModelOp);
  }

  /** The order the next edit gets: a push sent now carries every edit before it. */
  get nextOrder(): number {
    return this.ops.length;
  }

  /**
   * A device heard that the server applied its change of `record`, sent when `sentAt` was the
   * next order: a deletion acknowledges the deletion; an edit acknowledges every edit of the
   * record since the device's last deletion of it (a change states the record as it is).
   */
  ack(device: string, record: string, sentAt: number, deleted: boolean, step: number): void {
    const mine = this.ops.filter((op) => op.device === device && op.record === record && op.order < sentAt);
    const lastDelete = mine.findLastIndex((op) => op.kind === 'delete-scanner' || op.kind === 'delete-list');
    const carried = deleted ? mine.slice(lastDelete, lastDelete + 1) : mine.slice(lastDelete + 1);
    for (const op of lastDelete === -1 && deleted ? [] : carried) if (!this.acked.has(op)) this.acked.set(op, step);
  }

  ackStep(op: ModelOp): number | null {
    return this.acked.get(op) ?? null;
  }

  /** Acknowledged after the last restore: a restored server may have lost anything acknowledged before. */
  counts(op: ModelOp): boolean {
    const step = this.ackStep(op);
    return step !== null && step > this.lastRestoreStep;
  }
}
