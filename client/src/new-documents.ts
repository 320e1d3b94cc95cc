/**
 * The *New partnership strategy / agreement* commands: each opens an unsaved markdown document holding the
 * matching skeleton from snippets/markdown.json (one home for the skeletons; client/test/snippets.test.ts
 * checks them against the engine). Kept free of `vscode` so the manifest test can read it.
 */
export const NEW_DOCUMENT_COMMANDS = [
  { command: 'partnerlint.newStrategy', title: 'New partnership strategy', snippet: 'Partnership strategy skeleton' },
  { command: 'partnerlint.newAgreement', title: 'New partnership agreement', snippet: 'Partnership agreement skeleton' },
] as const;
