/**
 * A map for work kept between versions of one document: call `nextVersion()` before each version,
 * and what neither that version nor the one before used is dropped, so memory stays at about one
 * document's worth however long the editing goes on.
 */
export class KeptPerVersion<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  nextVersion(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: string): V | undefined {
    const value = this.current.get(key) ?? this.previous.get(key);
    if (value !== undefined) this.current.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }
}
