import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../pipeline/layout.js';

/**
 * A deterministic synthetic corpus: seed paragraphs recombined into many documents, so that the
 * benchmark measures real policy prose at a size the seeds do not reach.
 */
export function seedParagraphs(seedDir: string): string[] {
  const paragraphs: string[] = [];
  for (const file of readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedDir, file), 'utf8');
    // Paragraph breaks in every seed layout: blank lines, line starts with indentation, runs of ideographic spaces.
    for (const piece of text.split(/\n\s*\n|\n(?=[\u3000 ])|\u3000{2,}/)) {
      const paragraph = piece.replace(/\s+/g, '');
      if (paragraph.length >= 40) paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

/** Writes documents of about `documentBytes` each until the corpus reaches `totalBytes`; returns the byte count. */
export function writeSyntheticCorpus(seedDir: string, outDir: string, totalBytes: number, documentBytes = 64 * 1024): number {
  const paragraphs = seedParagraphs(seedDir);
  const random = seededRandom(7);
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  for (let index = 0; written < totalBytes; index++) {
    const parts: string[] = [];
    let size = 0;
    while (size < documentBytes) {
      const paragraph = paragraphs[Math.floor(random() * paragraphs.length)] ?? '';
      parts.push(paragraph);
      size += Buffer.byteLength(paragraph) + 1;
    }
    const text = `${parts.join('\n')}\n`;
    writeFileSync(join(outDir, `synthetic_${String(index).padStart(5, '0')}.txt`), text);
    written += Buffer.byteLength(text);
  }
  return written;
}
