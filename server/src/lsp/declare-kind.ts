/**
 * "Check this document as a partnership agreement": for a document partnerlint did not recognise,
 * the edit that declares its kind in the frontmatter, so the author can overrule the verdict.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../engine/types.js';
import type { PartnershipDocument } from '../model/types.js';
import { insert, lineBreak } from './disable-comments.js';

export const DECLARE_KINDS: readonly DocumentKind[] = ['agreement', 'strategy'];

export function declareKindTitle(kind: DocumentKind): string {
  return `Check this document as a partnership ${kind}`;
}

/**
 * A `type:` line as the first key of the frontmatter, or a new frontmatter block at the very top.
 * Null when the frontmatter already names a type or kind (the author has said what it is) or cannot
 * be read as a mapping (a line added to broken YAML would not be read either).
 */
export function declareKindEdit(model: PartnershipDocument, document: TextDocument, kind: DocumentKind): TextEdit | null {
  const eol = lineBreak(model.text);
  if (!model.frontmatterSpan) {
    // After a byte-order mark, which must stay the file's first character.
    return insert(document, model.text.startsWith('\uFEFF') ? 1 : 0, `---${eol}type: ${kind}${eol}---${eol}`);
  }
  const empty = /^---[ \t]*(\r\n|\r|\n)---/.test(model.text);
  if (!empty && (!model.frontmatter || 'type' in model.frontmatter || 'kind' in model.frontmatter)) return null;
  return insert(document, model.lineStart(2), `type: ${kind}${eol}`);
}
