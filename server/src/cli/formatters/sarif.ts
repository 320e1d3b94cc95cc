/** SARIF 2.1.0, as GitHub code scanning and other static-analysis dashboards read it. */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { DIRECTIVES_DOCS_URL, REPOSITORY_URL, ruleDocsUrl } from '../../engine/docs-url.js';
import type { Edit, Finding, Fix, Severity } from '../../engine/types.js';
import { createLineIndex, type LineIndex } from '../../model/line-index.js';
import { allRules } from '../../rules/index.js';
import type { FileResult } from '../results.js';
import type { FormatContext } from './index.js';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
const SOURCE_ROOT = '%SRCROOT%';

/** The engine's own finding for unused disable comments is not a rule module but needs a descriptor too. */
const UNUSED_DIRECTIVE: Sarif.ReportingDescriptor = {
  id: 'unused-directive',
  name: 'UnusedDirective',
  shortDescription: { text: 'A partnerlint-disable comment silences nothing.' },
  fullDescription: { text: 'A partnerlint-disable comment silences nothing and can be removed.' },
  helpUri: DIRECTIVES_DOCS_URL,
  help: { text: `See ${DIRECTIVES_DOCS_URL}` },
  defaultConfiguration: { level: 'warning' },
};

export function formatSarif(results: FileResult[], context: FormatContext): string {
  const rules = [...allRules.map(descriptor), UNUSED_DIRECTIVE];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'partnerlint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(context.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => {
          const lines = createLineIndex(result.source);
          const location = artifactLocation(result.filePath, context.cwd);
          return result.findings.map((finding) => toResult(finding, location, lines, ruleIndex));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(rule: (typeof allRules)[number]): Sarif.ReportingDescriptor {
  const { id, description, defaultSeverity, tags } = rule.meta;
  // SARIF wants a readable name that differs from the id; a one-word id has none to give.
  const name = id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
  return {
    id,
    ...(name.toLowerCase() !== id ? { name } : {}),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: ruleDocsUrl(id),
    help: { text: `${description} See ${ruleDocsUrl(id)}` },
    defaultConfiguration: { level: LEVEL[defaultSeverity] },
    properties: { tags },
  };
}

function toResult(
  finding: Finding,
  location: Sarif.ArtifactLocation,
  lines: LineIndex,
  ruleIndex: Map<string, number>,
): Sarif.Result {
  const region: Sarif.Region = {
    startLine: finding.start.line,
    startColumn: finding.start.column,
    endLine: finding.end.line,
    endColumn: finding.end.column,
  };
  const fixes = [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])];
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region } }],
    ...(fixes.length ? { fixes: fixes.map((fix) => toFix(fix, location, lines)) } : {}),
  };
}

function toFix(fix: Fix, location: Sarif.ArtifactLocation, lines: LineIndex): Sarif.Fix {
  return {
    description: { text: fix.description },
    artifactChanges: [
      { artifactLocation: location, replacements: [{ deletedRegion: editRegion(fix, lines), insertedContent: { text: fix.text } }] },
    ],
  };
}

function editRegion(edit: Edit, lines: LineIndex): Sarif.Region {
  const start = lines.locate(edit.range[0]);
  const end = lines.locate(edit.range[1]);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** Files under the working folder are relative to %SRCROOT%, so the log stays valid on another machine. */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
