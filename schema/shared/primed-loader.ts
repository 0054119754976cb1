import type DataLoader from 'dataloader';

/**
 * A request's DataLoader with the values a page statement already read held beside it. `load` answers a primed key
 * with the value itself, not a promise, so the field reading it resolves synchronously and graphql-js completes its
 * row without awaiting: a primed DataLoader still answers with a promise, which makes every row above it, and the
 * list, wait on promises (one Promise.all per object and list). Keys not primed load through the DataLoader, batched.
 */
export class PrimedLoader<K, V> {
  readonly #primed = new Map<K, V>();

  constructor(readonly loader: DataLoader<K, V>) {}

  /** Holds `value` as the answer for `key` for the rest of the request. */
  prime(key: K, value: V): void {
    this.#primed.set(key, value);
  }

  /** The primed value for `key`, or a promise of the loaded one. */
  load(key: K): V | Promise<V> {
    return this.#primed.has(key) ? (this.#primed.get(key) as V) : this.loader.load(key);
  }
}
