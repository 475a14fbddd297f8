/** Whether the browser is online, kept current from the window's online/offline events once started. */
class NetworkStatus {
  online = $state(true);

  /** Starts listening (the shell does, once); returns the function that stops. */
  start(): () => void {
    const update = () => (this.online = navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }
}

export const networkStatus = new NetworkStatus();
