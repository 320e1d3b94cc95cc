/**
 * GitLab's Code Quality report (`artifacts: reports: codequality`), shown on merge requests. GitLab tells
 * new findings from old ones by `fingerprint`, so it is made of what the finding is, never where it is:
 * the file, the rule, the message and the flagged text, plus a count among identical findings. Moving
 * a paragraph down the file keeps every fingerprint.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../engine/types.js';
import { displayPath, type FileResult } from '../results.js';
import type { FormatContext } from './index.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

export function formatGitlab(results: FileResult[], context: FormatContext): string {
  const issues = results.flatMap((result) => {
    const file = displayPath(result.filePath, context.cwd);
    const seen = new Map<string, number>();
    return result.findings.map((finding) => {
      const identity = JSON.stringify([file, finding.ruleId, finding.message, flaggedText(result.source, finding)]);
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      return {
        description: finding.message,
        check_name: finding.ruleId,
        fingerprint: createHash('sha256').update(`${identity}#${occurrence}`).digest('hex'),
        severity: SEVERITY[finding.severity],
        location: { path: file, lines: { begin: finding.start.line, end: finding.end.line } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** The flagged span with its spacing evened out, so re-wrapping a paragraph does not change it. */
function flaggedText(source: string, finding: Finding): string {
  return source.slice(finding.start.offset, finding.end.offset).replace(/\s+/g, ' ').trim();
}
