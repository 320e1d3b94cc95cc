/** Where each rule's page lives, so every face (CLI, SARIF, editor) links to the same place. */
export const REPOSITORY_URL = 'https://github.com/partnerlint/partnerlint';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

export const DIRECTIVES_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/directives.md`;
