/** A character trie for longest-match lookups of many words at once (gazetteer, attested names). */
interface TrieNode<V> {
  children: Map<string, TrieNode<V>>;
  value?: V;
}

export class Trie<V> {
  private readonly root: TrieNode<V> = { children: new Map() };

  set(word: string, value: V): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const char = word.charAt(i);
      let next = node.children.get(char);
      if (!next) {
        next = { children: new Map() };
        node.children.set(char, next);
      }
      node = next;
    }
    node.value = value;
  }

  /** Every word that starts at `start` in `text`, longest first. */
  matchesAt(text: string, start: number): { end: number; value: V }[] {
    // Called at every character of the corpus: allocate only where a word starts.
    let node = this.root.children.get(text.charAt(start));
    if (!node) return [];
    const found: { end: number; value: V }[] = [];
    for (let i = start + 1; node; i++) {
      if (node.value !== undefined) found.push({ end: i, value: node.value });
      node = i < text.length ? node.children.get(text.charAt(i)) : undefined;
    }
    return found.reverse();
  }
}
