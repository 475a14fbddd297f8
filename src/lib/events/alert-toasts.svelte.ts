/** An alert shown inside the app, for when system notifications are not allowed. */
export interface AlertToast {
  id: number;
  title: string;
  body: string;
  scheduleId: string | null;
}

const SHOWN_MS = 15_000;
const MAX_SHOWN = 4;

/** The in-app alert toasts: newest last, each dismissed by the user or after a while. */
class AlertToasts {
  items = $state<AlertToast[]>([]);
  private nextId = 1;

  show(toast: Omit<AlertToast, 'id'>) {
    const id = this.nextId++;
    this.items = [...this.items, { ...toast, id }].slice(-MAX_SHOWN);
    setTimeout(() => this.dismiss(id), SHOWN_MS);
  }

  dismiss(id: number) {
    this.items = this.items.filter((item) => item.id !== id);
  }
}

export const alertToasts = new AlertToasts();
