import { walkChunk, type WalkedChunk } from './chunk-walk.js';
import { KeptPerVersion } from './kept-per-version.js';
import { parseMarkdown } from './parse.js';

/** Parses and walks one chunk of text. */
export function walkText(chunk: string): WalkedChunk {
  return walkChunk(chunk, parseMarkdown(chunk));
}

/** Remembers the walk of each chunk's text, so an edit re-parses and re-walks only the section it touched. */
export class ChunkCache {
  private readonly walks = new KeptPerVersion<WalkedChunk>();

  walk(chunks: readonly string[]): WalkedChunk[] {
    this.walks.nextVersion();
    return chunks.map((chunk) => {
      let walked = this.walks.get(chunk);
      if (!walked) this.walks.set(chunk, (walked = walkText(chunk)));
      return walked;
    });
  }
}
