import { DEVELOPMENT_NATIONAL_ID_KEY } from '../../api/config.js';

let currentKey = DEVELOPMENT_NATIONAL_ID_KEY;

/** Sets the HMAC key for national ID hashes (config NATIONAL_ID_KEY); `createApp` calls it at start-up. */
export function setNationalIdKey(key: string): void {
  currentKey = key;
}

/** The HMAC key national ID numbers are hashed with. */
export function nationalIdKey(): string {
  return currentKey;
}
