import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/test/**/*.test.ts', 'client/test/**/*.test.ts', 'syntaxes/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Builds server/out (the CLI and language server bundles) when missing or older than the sources.
    globalSetup: ['server/test/global-setup.ts'],
  },
});
