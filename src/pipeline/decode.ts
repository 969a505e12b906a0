/**
 * Bytes → text for the encodings Chinese documents arrive in: UTF-8 (with or without BOM),
 * UTF-16 (Word's "Unicode text"; with a BOM, or without one when its NUL bytes tell the byte
 * order), and, told apart by chardet's statistical detector, GB18030/GBK (older mainland
 * government sites) and Big5 (traditional characters: Taiwan, Hong Kong).
 */
import chardet from 'chardet';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that are control codes other than tab, line breaks and ESC (terminal colours, stripped at ingest): high means not text. */
function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x1b) || code === 0xfffd) controls++;
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
    decoded = unmarkedUtf16(bytes);
    if (!decoded) return { ok: false, reason: 'binary file (contains NUL bytes, and is not UTF-16 text either)' };
  } else {
    decoded = wrap(tryDecode(bytes, 'utf-8'), 'utf-8');
    if (!decoded) {
      const line = damagedUtf8Line(bytes);
      if (line !== undefined) return { ok: false, reason: `damaged UTF-8 text (invalid bytes on line ${line})` };
      decoded = unmarkedUtf16(bytes);
    }
    if (!decoded) {
      const detected = detectChinese(bytes);
      if (!detected.ok) return detected;
      decoded = detected;
    }
  }
  if (decoded.text.trim() === '') return { ok: false, reason: 'no text (only white space)' };
  if (controlShare(decoded.text) > 0.01) return { ok: false, reason: `binary file (control characters in ${decoded.encoding} text)` };
  return { ok: true, ...decoded };
}

/** Characters a Chinese document is made of: ASCII, CJK ideographs and punctuation, full-width forms. */
const PLAUSIBLE = /[\t\n\r\x20-\x7e\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u2010-\u2027\u00b7]/g;

function plausibleShare(text: string): number {
  return text.length === 0 ? 0 : (text.match(PLAUSIBLE)?.length ?? 0) / text.length;
}

/**
 * UTF-16 without a byte-order mark, which chardet recognises only by the mark: read in the right
 * byte order, a Chinese document is almost all ideographs, punctuation and ASCII; read in the
 * wrong one it is scattered over unrelated scripts. Undefined when neither order is clearly right.
 */
function unmarkedUtf16(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const candidates = (['utf-16le', 'utf-16be'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(bytes, encoding) }))
    .filter((candidate): candidate is { encoding: 'utf-16le' | 'utf-16be'; text: string } => candidate.text !== undefined)
    .filter((candidate) => plausibleShare(candidate.text) >= 0.95);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** chardet's names → WHATWG labels, for the Chinese encodings the pipeline accepts. */
const CHINESE_ENCODINGS: Record<string, string> = { GB18030: 'gb18030', Big5: 'big5' };
/** Below this confidence (0–100) chardet is guessing: a file read as the wrong encoding builds into nonsense. */
const MIN_CONFIDENCE = 50;

/**
 * Bytes that are not UTF-8 nor UTF-16: GB18030 or Big5, whichever chardet ranks higher among the
 * two that decode (a Big5 file also decodes as GB18030, into nonsense, so validity alone cannot
 * choose). Japanese and Korean verdicts are not taken: EUC-JP often ties with GBK on short texts.
 * When neither reaches MIN_CONFIDENCE the file is skipped with the detector's verdict.
 */
function detectChinese(bytes: Uint8Array): Decoded {
  const matches = chardet.analyse(bytes);
  const best = matches
    .map((match) => ({ match, encoding: CHINESE_ENCODINGS[match.name] }))
    .filter((candidate) => candidate.encoding !== undefined)
    .map((candidate) => ({ ...candidate, text: tryDecode(bytes, candidate.encoding ?? '') }))
    .find((candidate) => candidate.text !== undefined);
  if (best?.text === undefined || best.encoding === undefined || best.match.confidence < MIN_CONFIDENCE) {
    const top = matches[0];
    const guess = top === undefined ? 'no guess' : `its best guess is ${top.name} at ${top.confidence}%`;
    return { ok: false, reason: `unknown encoding: not UTF-8 or UTF-16, and the detector is unsure of GB18030 or Big5 (${guess})` };
  }
  return { ok: true, text: best.text, encoding: best.encoding };
}

function wrap(text: string | undefined, encoding: string) {
  return text === undefined ? undefined : { text, encoding };
}
