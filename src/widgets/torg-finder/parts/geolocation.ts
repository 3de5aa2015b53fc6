/**
 * "Where am I?" — asked only when the user presses the button, once, with a
 * time limit of our own: browsers do not count the time a permission prompt
 * stays open, so without it a spinner could hang for ever.
 */
import type { LatLon } from '../../../domain/distance.js';

export type GeoFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export class GeoError extends Error {
  override name = 'GeoError';
  constructor(readonly reason: GeoFailure) {
    super(`Could not get the position: ${reason}`);
  }
}

export const geoSettings = {
  /** Our own time limit, prompt included. */
  timeoutMs: 15_000,
  /** A position this recent (ms) is good enough. */
  maximumAgeMs: 5 * 60_000,
};

/** The device's position, or a `GeoError` saying why not; settles within `geoSettings.timeoutMs`. */
export function locate(): Promise<LatLon> {
  return new Promise((resolve, reject) => {
    const geo = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (typeof geo?.getCurrentPosition !== 'function') {
      reject(new GeoError('unsupported'));
      return;
    }
    const { timeoutMs, maximumAgeMs } = geoSettings;
    const timer = setTimeout(() => reject(new GeoError('timeout')), timeoutMs);
    const fail = (reason: GeoFailure): void => {
      clearTimeout(timer);
      reject(new GeoError(reason));
    };
    try {
      geo.getCurrentPosition(
        ({ coords }) => {
          clearTimeout(timer);
          const { latitude: lat, longitude: lon } = coords;
          if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
            resolve({ lat, lon });
          } else {
            reject(new GeoError('unavailable'));
          }
        },
        (error) => fail(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable'),
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: maximumAgeMs },
      );
    } catch {
      fail('unsupported');
    }
  });
}
