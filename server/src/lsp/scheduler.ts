/**
 * Debounces lint runs per document. Each new request supersedes the pending one; a run that was
 * superseded while it waited (for settings, say) learns so through `isStale` and publishes nothing.
 */
export type ScheduledRun = (uri: string, isStale: () => boolean) => Promise<void> | void;

export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The latest run wanted per document; one counter for all, so no two runs ever share a number. */
  private readonly generations = new Map<string, number>();
  private counter = 0;

  constructor(
    private readonly delayMs: number,
    private readonly run: ScheduledRun,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Lint after the debounce delay (or at once), replacing any pending or running lint of `uri`. */
  schedule(uri: string, immediate = false): void {
    const generation = this.bump(uri);
    const start = (): void => {
      this.timers.delete(uri);
      const isStale = (): boolean => this.generations.get(uri) !== generation;
      Promise.resolve()
        .then(() => this.run(uri, isStale))
        .catch(this.onError);
    };
    this.timers.set(uri, setTimeout(start, immediate ? 0 : this.delayMs));
  }

  /** Drop any pending or running lint of `uri` (the document was closed). */
  cancel(uri: string): void {
    this.bump(uri);
  }

  private bump(uri: string): number {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    const generation = ++this.counter;
    this.generations.set(uri, generation);
    return generation;
  }
}
