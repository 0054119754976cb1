/** The value stored under `key`, which the caller knows is there; a missing one is a programming error naming `what`. */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what} ${String(key)} is missing`);
  return value;
}
