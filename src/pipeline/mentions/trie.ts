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
    const found: { end: number; value: V }[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.children.get(text.charAt(i));
      if (!node) break;
      if (node.value !== undefined) found.push({ end: i + 1, value: node.value });
    }
    return found.reverse();
  }
}
