/** What the Action reads from the command's JSON report (ESLint's shape): findings, counted by rule and by file. */

export interface ReportMessage {
  ruleId: string;
  /** 2 for an error; 1 for a warning or info (ESLint has no info). */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
}

export interface ReportFile {
  filePath: string;
  messages: ReportMessage[];
}

export interface Counts {
  errors: number;
  warnings: number;
}

export interface Tally {
  files: number;
  total: Counts;
  byRule: Map<string, Counts>;
  byFile: Map<string, Counts>;
}

export function tally(report: ReportFile[]): Tally {
  const result: Tally = { files: report.length, total: { errors: 0, warnings: 0 }, byRule: new Map(), byFile: new Map() };
  for (const file of report) {
    for (const message of file.messages) {
      for (const counts of [result.total, entry(result.byRule, message.ruleId), entry(result.byFile, file.filePath)]) {
        if (message.severity === 2) counts.errors++;
        else counts.warnings++;
      }
    }
  }
  return result;
}

function entry(map: Map<string, Counts>, key: string): Counts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = { errors: 0, warnings: 0 }));
  return counts;
}
