import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/test/**/*.test.ts', 'client/test/**/*.test.ts', 'syntaxes/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
