import { walkChunk, type WalkedChunk } from './chunk-walk.js';
import { parseMarkdown } from './parse.js';

/** Parses and walks one chunk of text. */
export function walkText(chunk: string): WalkedChunk {
  return walkChunk(chunk, parseMarkdown(chunk));
}

/**
 * Remembers the walk of each chunk's text, so an edit re-parses and re-walks only the section it
 * touched. It keeps the chunks of the latest version only, so memory stays at one document's worth.
 */
export class ChunkCache {
  private walks = new Map<string, WalkedChunk>();

  walk(chunks: readonly string[]): WalkedChunk[] {
    const next = new Map<string, WalkedChunk>();
    const walks = chunks.map((chunk) => {
      const walked = next.get(chunk) ?? this.walks.get(chunk) ?? walkText(chunk);
      next.set(chunk, walked);
      return walked;
    });
    this.walks = next;
    return walks;
  }
}
