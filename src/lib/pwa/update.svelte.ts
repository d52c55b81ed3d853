/**
 * Registers the service worker and offers a waiting new version to the user instead of
 * switching silently: the page asks the worker to take over (SKIP_WAITING) and reloads once
 * the new worker controls it, so one page never runs with files of two versions.
 */

/** A new version is offered only if this page is already run by a worker (not on first visit). */
export function offerUpdate(hasController: boolean, waiting: unknown): boolean {
  return hasController && waiting !== null && waiting !== undefined;
}

/** The page reloads once, and only after the user asked for the new version. */
export function shouldReload(requested: boolean, alreadyReloading: boolean): boolean {
  return requested && !alreadyReloading;
}

export class AppUpdate {
  available = $state(false);
  #registration: ServiceWorkerRegistration | null = null;
  #requested = false;
  #reloading = false;

  /** Registers `url` (the built service-worker.js). Returns a cleanup function. */
  start(url: string): () => void {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
    const container = navigator.serviceWorker;
    const onControllerChange = () => {
      if (!shouldReload(this.#requested, this.#reloading)) return;
      this.#reloading = true;
      location.reload();
    };
    container.addEventListener('controllerchange', onControllerChange);
    let stopped = false;
    container
      .register(url)
      .then((registration) => {
        if (stopped) return;
        this.#registration = registration;
        this.#check();
        // A worker may already be installing when this page registers (registration waits
        // for the plan to load): follow it as well as every later one.
        const follow = (worker: ServiceWorker | null) =>
          worker?.addEventListener('statechange', () => this.#check());
        follow(registration.installing);
        registration.addEventListener('updatefound', () => follow(registration.installing));
      })
      // Without a worker the viewer works as before, just not offline.
      .catch(() => undefined);
    return () => {
      stopped = true;
      container.removeEventListener('controllerchange', onControllerChange);
    };
  }

  #check() {
    this.available = offerUpdate(
      navigator.serviceWorker.controller !== null,
      this.#registration?.waiting ?? null
    );
  }

  /** The user's "neu laden": let the waiting worker take over; controllerchange reloads. */
  apply() {
    const waiting = this.#registration?.waiting;
    if (!waiting) return;
    this.#requested = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }
}
