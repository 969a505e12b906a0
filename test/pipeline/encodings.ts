/**
 * Encoders for the test corpora: Node only encodes UTF-8 and UTF-16LE, and the tests must not
 * depend on an iconv binary or commit binary files.
 */

let gbkTable: Map<string, number[]> | undefined;

/** Text → GBK bytes, from a table built by decoding every two-byte GBK code with TextDecoder. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const char = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
        } catch {
          // Not a GBK code.
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

/** Text → UTF-16 bytes with a byte-order mark, as Word's "Unicode text" saves it. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? bytes : bytes.swap16();
}

/** Text → UTF-8 bytes, with a byte-order mark (Windows Notepad) when asked. */
export function encodeUtf8(text: string, bom = false): Uint8Array {
  return Buffer.from(bom ? `\ufeff${text}` : text, 'utf8');
}
