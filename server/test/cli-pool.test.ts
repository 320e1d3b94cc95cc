/** When the command line starts worker threads: only on free cores, and only for enough work to pay for them. */
import { describe, expect, it } from 'vitest';
import { chooseWorkers, POOL_COSTS } from '../src/cli/pool.js';

const MB = 1024 * 1024;
/** The markdown on which `workers` together cost exactly a tenth of the single-thread CPU. */
const breakEven = (workers: number): number => Math.ceil(((workers * POOL_COSTS.cpuSecondsPerWorker) / 0.1 / POOL_COSTS.cpuSecondsPerMB) * MB) + 1;

describe('chooseWorkers', () => {
  const idle = { cores: 8, load: 0 };

  it('keeps small runs on the main thread', () => {
    expect(chooseWorkers(0.5 * MB, 200, idle)).toBe(0);
    expect(chooseWorkers(breakEven(2) - 2, 500, idle)).toBe(0);
  });

  it('starts workers once the work pays for them, no more than it pays for', () => {
    expect(chooseWorkers(breakEven(2), 500, idle)).toBe(2);
    expect(chooseWorkers(breakEven(3), 500, idle)).toBe(3);
    expect(chooseWorkers(breakEven(40), 5000, idle)).toBe(4);
  });

  it('uses only cores that are free', () => {
    const big = breakEven(40);
    expect(chooseWorkers(big, 5000, { cores: 2, load: 5.2 })).toBe(0);
    expect(chooseWorkers(big, 5000, { cores: 2, load: 0.5 })).toBe(0);
    expect(chooseWorkers(big, 5000, { cores: 4, load: 1.2 })).toBe(2);
  });

  it('never starts more workers than there are files, nor a single one', () => {
    expect(chooseWorkers(breakEven(40), 1, idle)).toBe(0);
    expect(chooseWorkers(breakEven(40), 3, idle)).toBe(3);
  });
});
