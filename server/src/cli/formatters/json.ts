/** ESLint's JSON shape, so tools that read ESLint output (reviewdog, dashboards) read ours. */
import type { Finding } from '../../engine/types.js';
import { countFindings, type FileResult } from '../results.js';

/**
 * ESLint has no "info": info findings are severity 1 like warnings, but, as for --max-warnings, they are
 * not in warningCount; infoCount and fixableInfoCount count them.
 */
const SEVERITY_NUMBER = { error: 2, warning: 1, info: 1 } as const;

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((result) => {
      const counts = countFindings(result.findings);
      return {
        filePath: result.filePath,
        messages: result.findings.map(toMessage),
        errorCount: counts.errors,
        warningCount: counts.warnings,
        fixableErrorCount: counts.fixableErrors,
        fixableWarningCount: counts.fixableWarnings,
        infoCount: counts.infos,
        fixableInfoCount: counts.fixableInfos,
        ...(result.output !== undefined ? { output: result.output } : {}),
      };
    }),
  );
}

function toMessage(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: SEVERITY_NUMBER[finding.severity],
    message: finding.message,
    line: finding.start.line,
    column: finding.start.column,
    endLine: finding.end.line,
    endColumn: finding.end.column,
    ...(finding.fix ? { fix: { range: finding.fix.range, text: finding.fix.text } } : {}),
    ...(finding.suggestions?.length
      ? { suggestions: finding.suggestions.map((s) => ({ desc: s.description, fix: { range: s.range, text: s.text } })) }
      : {}),
  };
}
