/**
 * Encoders for the test corpora: Node only encodes UTF-8 and UTF-16LE, and the tests must not
 * depend on an iconv binary or commit binary files.
 */

const tables = new Map<string, Map<string, number[]>>();

/** Text → bytes of a two-byte Chinese encoding, from a table built by decoding every byte pair with TextDecoder. */
function encodeDoubleByte(text: string, encoding: 'gbk' | 'big5'): Uint8Array {
  let table = tables.get(encoding);
  if (!table) {
    table = new Map();
    tables.set(encoding, table);
    const decoder = new TextDecoder(encoding, { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const char = decoder.decode(new Uint8Array([lead, trail]));
          if (!table.has(char)) table.set(char, [lead, trail]);
        } catch {
          // Not a code of this encoding.
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no ${encoding} code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

/** Text → GBK bytes. */
export function encodeGbk(text: string): Uint8Array {
  return encodeDoubleByte(text, 'gbk');
}

/** Text → Big5 bytes (traditional characters, as Taiwan and Hong Kong sites save them). */
export function encodeBig5(text: string): Uint8Array {
  return encodeDoubleByte(text, 'big5');
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
