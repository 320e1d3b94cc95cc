/** What the Action reads from the command's JSON report (ESLint's shape): findings, counted by file and by rule. */

export interface ReportMessage {
  ruleId: string;
  /** 2 for an error; 1 for a warning or an info (ESLint has no info). */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
}

export interface ReportFile {
  filePath: string;
  messages: ReportMessage[];
  errorCount: number;
  /** Warnings only, as --max-warnings counts them. */
  warningCount: number;
  infoCount: number;
}

export interface FileCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** A message's severity number cannot tell a warning from an info, so a rule's findings are split in two. */
export interface RuleCounts {
  errors: number;
  others: number;
}

export interface Tally {
  files: number;
  total: FileCounts;
  byFile: Map<string, FileCounts>;
  byRule: Map<string, RuleCounts>;
}

export function tally(report: ReportFile[]): Tally {
  const total: FileCounts = { errors: 0, warnings: 0, infos: 0 };
  const byFile = new Map<string, FileCounts>();
  const byRule = new Map<string, RuleCounts>();
  for (const file of report) {
    const counts = { errors: file.errorCount, warnings: file.warningCount, infos: file.infoCount };
    total.errors += counts.errors;
    total.warnings += counts.warnings;
    total.infos += counts.infos;
    if (file.messages.length > 0) byFile.set(file.filePath, counts);
    for (const message of file.messages) {
      const rule = byRule.get(message.ruleId) ?? { errors: 0, others: 0 };
      if (message.severity === 2) rule.errors++;
      else rule.others++;
      byRule.set(message.ruleId, rule);
    }
  }
  return { files: report.length, total, byFile, byRule };
}
