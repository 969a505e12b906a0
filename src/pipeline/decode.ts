/**
 * Bytes → text for the encodings Chinese documents arrive in: UTF-8 (with or without BOM),
 * UTF-16 with BOM (Word's "Unicode text"), and GB18030/GBK (older government sites).
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that are control codes other than tab and line breaks: high means not text. */
function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

/**
 * Bytes that fail UTF-8 are tried as GB18030, which accepts most byte pairs: a UTF-8 file with a
 * few damaged bytes would come out as plausible-looking nonsense. Such a file is recognised by
 * decoding it leniently: almost all of its non-ASCII characters survive. Returns the line of the
 * first damaged byte, or undefined when the bytes are not UTF-8 at all.
 */
function damagedUtf8Line(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder('utf-8').decode(bytes);
  let nonAscii = 0;
  let damaged = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) damaged++;
    else if (code > 0x7f) nonAscii++;
  }
  if (damaged === 0 || damaged * 20 > nonAscii) return undefined;
  const first = text.indexOf('\ufffd');
  return text.slice(0, first).split(/\r\n|\r|\n/).length;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let decoded: { text: string; encoding: string } | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = wrap(tryDecode(bytes, 'utf-16le'), 'utf-16le');
    if (!decoded) return { ok: false, reason: 'not valid UTF-16LE text (after its byte-order mark)' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = wrap(tryDecode(bytes, 'utf-16be'), 'utf-16be');
    if (!decoded) return { ok: false, reason: 'not valid UTF-16BE text (after its byte-order mark)' };
  } else if (bytes.includes(0)) {
    return { ok: false, reason: 'binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)' };
  } else {
    decoded = wrap(tryDecode(bytes, 'utf-8'), 'utf-8');
    if (!decoded) {
      const line = damagedUtf8Line(bytes);
      if (line !== undefined) return { ok: false, reason: `damaged UTF-8 text (invalid bytes on line ${line})` };
      decoded = wrap(tryDecode(bytes, 'gb18030'), 'gb18030');
    }
    if (!decoded) return { ok: false, reason: 'not valid text in UTF-8, UTF-16 or GB18030' };
  }
  if (decoded.text.trim() === '') return { ok: false, reason: 'no text (only white space)' };
  if (controlShare(decoded.text) > 0.01) return { ok: false, reason: `binary file (control characters in ${decoded.encoding} text)` };
  return { ok: true, ...decoded };
}

function wrap(text: string | undefined, encoding: string) {
  return text === undefined ? undefined : { text, encoding };
}
