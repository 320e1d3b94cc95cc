/** What every label format is read into: documents with their labels, and how a finding answers a label. */
import type { Answers, ExpectedFinding } from './scoring.js';

export interface EvalDocument {
  /** Path relative to the set's folder, for reports. */
  name: string;
  file: string;
  text: string;
  /** The kind the document was labelled with: null for an ordinary document, undefined when not labelled. */
  kind: 'strategy' | 'agreement' | null | undefined;
  expected: ExpectedFinding[];
  /** Whether the document was labelled for this rule. */
  inScope(ruleId: string): boolean;
}

export interface EvalSet {
  /** How the set is named in the report, with any restriction (e.g. the split) it was read under. */
  title: string;
  folder: string;
  documents: EvalDocument[];
  answers: Answers;
}
