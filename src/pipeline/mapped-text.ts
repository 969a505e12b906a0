/**
 * A string that remembers, for every character, where it came from in the raw file. Cleaning
 * passes rewrite it with regexes; offsets survive, so evidence can always point back to the source.
 */
export interface MappedText {
  text: string;
  /** offsets[i] is the raw index of text[i]; offsets[text.length] is the raw end. */
  offsets: Int32Array;
}

export function identityMapped(raw: string): MappedText {
  const offsets = new Int32Array(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) offsets[i] = i;
  return { text: raw, offsets };
}

/**
 * Replaces every match of `pattern` (which must be global) with `replace(match)`. A replacement of
 * the same length keeps the offsets character by character; any other maps wholly onto the
 * start of the match.
 */
export function rewrite(source: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  if (!pattern.global) throw new Error(`rewrite needs a global pattern: ${String(pattern)}`);
  const parts: string[] = [];
  const offsets = new OffsetBuffer(source.text.length + 1);
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source.text); match !== null; match = pattern.exec(source.text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      pattern.lastIndex++;
      continue;
    }
    parts.push(source.text.slice(last, start));
    offsets.copy(source.offsets, last, start);
    const replacement = replace(match);
    parts.push(replacement);
    const sameLength = replacement.length === match[0].length;
    if (sameLength) offsets.copy(source.offsets, start, end);
    else for (let i = 0; i < replacement.length; i++) offsets.push(source.offsets[start] ?? 0);
    last = end;
  }
  if (last === 0 && parts.length === 0) return source;
  parts.push(source.text.slice(last));
  offsets.copy(source.offsets, last, source.text.length + 1);
  return { text: parts.join(''), offsets: offsets.done() };
}

/** A growable Int32Array: a plain number[] would take eight times the memory on a 100 MB document. */
class OffsetBuffer {
  private data: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(capacity, 16));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + extra));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  push(value: number): void {
    this.reserve(1);
    this.data[this.length++] = value;
  }

  copy(from: Int32Array, start: number, end: number): void {
    this.reserve(end - start);
    this.data.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }

  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
