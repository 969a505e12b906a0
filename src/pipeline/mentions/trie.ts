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
    // Called at every character of the corpus: allocate only where a word starts.
    let node = this.root.children.get(text.charCodeAt(start));
    if (!node) return NO_MATCH;
    const found: { end: number; value: V }[] = [];
    for (let i = start + 1; node; i++) {
      if (node.value !== undefined) found.push({ end: i, value: node.value });
      node = i < text.length ? node.children.get(text.charCodeAt(i)) : undefined;
    }
    return found.reverse();
  }

  /** The longest word that starts at `start` in `text`. */
  longestAt(text: string, start: number): { end: number; value: V } | undefined {
    return this.matchesAt(text, start)[0];
  }
}
