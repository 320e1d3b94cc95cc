/** Where the tests find the labelled fixtures; reading and scoring them lives in src/eval (npm run eval uses it too). */
import { fileURLToPath } from 'node:url';

export const FIXTURES_ROOT = fileURLToPath(new URL('../../../test-fixtures', import.meta.url));
