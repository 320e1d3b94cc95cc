import { walkChunk, type WalkedChunk } from './chunk-walk.js';
import { parseMarkdown } from './parse.js';

/** Parses and walks one chunk of text. */
export function walkText(chunk: string): WalkedChunk {
  return walkChunk(chunk, parseMarkdown(chunk));
}

/**
 * Remembers the walk of each chunk of the latest version, so an edit re-parses and re-walks only the
 * section it touched.
 */
export class ChunkCache {
  private chunks: readonly string[] = [];
  private walks: WalkedChunk[] = [];

  walk(chunks: readonly string[]): WalkedChunk[] {
    let reuse: (chunk: string, i: number) => WalkedChunk | undefined;
    if (chunks.length === this.chunks.length) {
      // Typing keeps the sections where they were: compare each with the one in its place, which is
      // quicker than looking every section's text up.
      reuse = (chunk, i) => (this.chunks[i] === chunk ? this.walks[i] : undefined);
    } else {
      const byText = new Map(this.chunks.map((chunk, i) => [chunk, this.walks[i]]));
      reuse = (chunk) => byText.get(chunk);
    }
    const walks = chunks.map((chunk, i) => reuse(chunk, i) ?? walkText(chunk));
    this.chunks = chunks;
    this.walks = walks;
    return walks;
  }
}
