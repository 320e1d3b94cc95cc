/** What --fix would change in a file, as the lines of a unified diff (for `--fix-dry-run` in the terminal). */
import { structuredPatch } from 'diff';

export function fixDiff(name: string, original: string, fixed: string): string[] {
  const patch = structuredPatch(name, name, original, fixed, '', '', { context: 2 });
  return [
    `--- ${name}`,
    `+++ ${name} (with the fixes)`,
    ...patch.hunks.flatMap((hunk) => [
      `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
      ...hunk.lines,
    ]),
  ];
}
