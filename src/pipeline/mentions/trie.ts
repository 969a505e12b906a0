/**
 * A character trie for longest-match lookups of many words at once (gazetteer, attested names).
 * Children are keyed by UTF-16 code unit: a lookup at every character of the corpus then makes no
 * one-character string, which for a Han character would be a new string to hash each time.
 */
interface TrieNode<V> {
  children: Map<number, TrieNode<V>>;
  value?: V;
}

const NO_MATCH: readonly never[] = [];

export class Trie<V> {
  private readonly root: TrieNode<V> = { children: new Map() };

  set(word: string, value: V): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = node.children.get(code);
      if (!next) {
        next = { children: new Map() };
        node.children.set(code, next);
      }
      node = next;
    }
    node.value = value;
  }

  /** Every word that starts at `start` in `text`, longest first. */
  matchesAt(text: string, start: number): readonly { end: number; value: V }[] {
    let found: { end: number; value: V }[] | undefined;
    this.walk(text, start, (end, value) => (found ??= []).push({ end, value }));
    return found ? found.reverse() : NO_MATCH;
  }

  /** The longest word that starts at `start` in `text`. */
  longestAt(text: string, start: number): { end: number; value: V } | undefined {
    let longest: { end: number; value: V } | undefined;
    this.walk(text, start, (end, value) => (longest = { end, value }));
    return longest;
  }

  /** Calls `visit` with the end of every word that starts at `start`, shortest first. */
  private walk(text: string, start: number, visit: (end: number, value: V) => void): void {
    // Called at every character of the corpus: allocate nothing where no word starts.
    let node = this.root.children.get(text.charCodeAt(start));
    for (let i = start + 1; node; i++) {
      if (node.value !== undefined) visit(i, node.value);
      node = i < text.length ? node.children.get(text.charCodeAt(i)) : undefined;
    }
  }
}
