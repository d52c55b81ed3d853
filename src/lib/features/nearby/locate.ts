/** Why no position came back: refused by the user, or not available (no fix, timeout). */
export type LocateFailure = 'denied' | 'unavailable';

/** Asks the browser once for the current position; only ever called from a click. */
export function locate(): Promise<{ lon: number; lat: number }> {
  return new Promise((resolve, reject: (why: LocateFailure) => void) => {
    if (!('geolocation' in navigator)) return reject('unavailable');
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lon: p.coords.longitude, lat: p.coords.latitude }),
      (e) => reject(e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 }
    );
  });
}
