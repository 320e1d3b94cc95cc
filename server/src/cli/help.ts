/** The text of `partnerlint --help`. */
import { FORMAT_NAMES } from './formatters/index.js';
import { MAX_SOURCE_BYTES } from './read-source.js';

export function helpText(version: string): string {
  return `partnerlint ${version}: checks partnership strategies and agreements for the known reasons partnerships fail.

Usage: partnerlint [options] [files, folders or globs...]

With no paths, checks the markdown files under the current folder, leaving out what .gitignore and
.partnerlintignore exclude. Files that are not partnership strategies or agreements get no findings.

Output:
  -f, --format NAME        ${FORMAT_NAMES.join(' | ')} (default: stylish)
  -o, --output-file FILE   write the report to FILE, and the stylish report to the terminal
  -q, --quiet              report errors only
      --verbose            say what kind each file was read as and why, or why it was skipped
      --max-warnings N     exit with 1 when there are more than N warnings (info findings never count;
                           -1: no limit)
      --cache              remember findings of unchanged files in .partnerlintcache (not used when fixing)
      --cache-location PATH
                           keep the cache in this file, or in this folder (default: the current folder)

Fixing:
      --fix                apply safe fixes to the files (suggestions are never applied)
      --fix-dry-run        show what --fix would change (a diff), without writing;
                           --format json gives the fixed text as "output"

Adopting partnerlint on documents already signed (see docs/cli.md):
      --suppress-all       accept every error and warning found now, in partnerlint-suppressions.json,
                           so that only new findings fail
      --suppress-rule ID   the same for one rule; repeatable
      --prune-suppressions forget accepted findings that have been fixed
      --pass-on-unpruned-suppressions
                           do not fail when accepted findings have been fixed
      --suppressions-location FILE
                           the suppressions file (default: partnerlint-suppressions.json here)

Configuration:
  -c, --config FILE        use this configuration file instead of looking for .partnerlintrc.* files
      --rule ID:SEVERITY   set a rule's severity (off, info, warning, error); repeatable
      --print-config FILE  print the settings that apply to FILE and exit

Standard input:
      --stdin              check the document read from standard input
      --stdin-filename F   the path to use for it (for configuration and in the report)

  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or too many warnings,
2 a usage or configuration error, a file that could not be checked, or an internal error.
Files larger than ${MAX_SOURCE_BYTES / (1024 * 1024)} MB, unreadable or not UTF-8 are reported and skipped.
`;
}
