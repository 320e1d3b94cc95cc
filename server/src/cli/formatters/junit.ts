/**
 * JUnit XML, which GitLab (`artifacts: reports: junit`) and Jenkins show as test results: one test suite
 * per checked file, one failed test case per finding, and one passing case for a file with none. The
 * attributes the strictest JUnit schema requires (timestamp, hostname, properties, system-out/-err) are
 * written too, so stricter readers accept the report as well.
 */
import os from 'node:os';
import type { Finding } from '../../engine/types.js';
import { displayPath, type FileResult } from '../results.js';
import type { FormatContext } from './index.js';

export function formatJunit(results: FileResult[], context: FormatContext): string {
  // The schema wants a time to the second with no zone: UTC, written without its "Z".
  const timestamp = new Date().toISOString().slice(0, 19);
  const hostname = os.hostname() || 'localhost';
  const suites = results.map((result, id) => {
    const file = displayPath(result.filePath, context.cwd);
    const cases = result.findings.length
      ? result.findings.map((finding) => failedCase(file, finding))
      : [`    <testcase name="no problems" classname=${attribute(file)} time="0"/>`];
    const failures = result.findings.length;
    const head = `  <testsuite id="${id}" package="partnerlint" name=${attribute(file)} timestamp="${timestamp}" hostname=${attribute(hostname)} tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">`;
    return [head, '    <properties/>', ...cases, '    <system-out/>', '    <system-err/>', '  </testsuite>'].join('\n');
  });
  const tests = results.reduce((sum, result) => sum + Math.max(1, result.findings.length), 0);
  const failures = results.reduce((sum, result) => sum + result.findings.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="partnerlint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function failedCase(file: string, finding: Finding): string {
  const { line, column } = finding.start;
  const name = `${line}:${column} ${finding.ruleId}`;
  const detail = `${file}:${line}:${column}: ${finding.severity}: ${finding.message} (${finding.ruleId}, ${finding.docsUrl})`;
  return [
    `    <testcase name=${attribute(name)} classname=${attribute(file)} time="0">`,
    `      <failure message=${attribute(finding.message)} type=${attribute(finding.severity)}>${text(detail)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Characters XML 1.0 cannot hold at all (control characters other than tab and line breaks, lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A quoted attribute value; line breaks are escaped so that readers do not fold them into spaces. */
function attribute(value: string): string {
  return `"${text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')}"`;
}
