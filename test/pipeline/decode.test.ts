import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/pipeline/decode.js';
import { encodeGbk, encodeUtf16, encodeUtf8 } from './encodings.js';

const SEEDS = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(new URL(name, SEEDS), 'utf8') }));

describe('decodeText on the seed documents in every supported encoding', () => {
  it.each(seeds)('$name: UTF-8, UTF-8 with BOM, UTF-16LE, UTF-16BE and GBK all give back the same text', ({ text }) => {
    for (const [bytes, encoding] of [
      [encodeUtf8(text), 'utf-8'],
      [encodeUtf8(text, true), 'utf-8'],
      [encodeUtf16(text, 'le'), 'utf-16le'],
      [encodeUtf16(text, 'be'), 'utf-16be'],
    ] as const) {
      expect(decodeText(bytes)).toEqual({ ok: true, text, encoding });
    }
    // GBK has no no-break space (000 has one): a GBK edition of the document would use a space.
    const gbkText = text.replaceAll('\u00a0', ' ');
    expect(decodeText(encodeGbk(gbkText))).toEqual({ ok: true, text: gbkText, encoding: 'gb18030' });
  });
});

describe('decodeText line ends and byte-order marks', () => {
  it('keeps CRLF and CR line ends for normalization to handle, and drops only the byte-order mark', () => {
    const text = '第一段。\r\n第二段。\r第三段。\n';
    expect(decodeText(encodeUtf8(text, true))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(encodeUtf16(text, 'be'))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeText(encodeGbk(text))).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte sequences (characters outside GBK)', () => {
    // 𠀀 (U+20000) is 0x95 0x32 0x82 0x36 in GB18030.
    const before = '推动成渝地区双城经济圈建设，人名';
    const after = '。打造内陆开放高地，建设山清水秀美丽之地。';
    const bytes = Uint8Array.from([...encodeGbk(before), 0x95, 0x32, 0x82, 0x36, ...encodeGbk(after)]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: `${before}𠀀${after}`, encoding: 'gb18030' });
  });
});

describe('decodeText refuses what is not text, saying why', () => {
  const cases: [string, Uint8Array, string][] = [
    ['an empty file', new Uint8Array(0), 'empty file'],
    ['white space only', encodeUtf8(' \r\n\u3000\t\n'), 'no text (only white space)'],
    ['a byte-order mark only', encodeUtf8('', true), 'no text (only white space)'],
    ['a PNG header (NUL bytes)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary file (contains NUL bytes, and is not UTF-16 text either)'],
    ['bytes that are neither UTF-8 nor a Chinese encoding', Uint8Array.from([0xff, 0xfd, 0xff, 0x80, 0xff]), 'unknown encoding: not UTF-8 or UTF-16, and the detector is unsure of GB18030 or Big5 (its best guess is Shift_JIS at 10%)'],
    ['three GBK characters, too few to tell GBK from Big5', encodeGbk('重庆。'), 'unknown encoding: not UTF-8 or UTF-16, and the detector is unsure of GB18030 or Big5 (its best guess is Shift_JIS at 10%)'],
    ['UTF-16LE cut in the middle of a character', encodeUtf16('重庆', 'le').subarray(0, 5), 'not valid UTF-16LE text (after its byte-order mark)'],
    ['UTF-16BE with a lone surrogate', Uint8Array.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]), 'not valid UTF-16BE text (after its byte-order mark)'],
    ['text full of control characters', encodeUtf8('重庆\x01\x02\x03\x04市'), 'binary file (control characters in utf-8 text)'],
  ];
  it.each(cases)('%s', (_, bytes, reason) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason });
  });

  it('names the line of a damaged byte in UTF-8 text instead of misreading the file as GB18030', () => {
    const line = '推动成渝地区双城经济圈建设，打造内陆开放高地。';
    const bytes = encodeUtf8(`${line}\r\n${line}\r\n${line}\r\n${line}`);
    // The second byte of the third line's second character.
    bytes[encodeUtf8(`${line}\r\n${line}\r\n推`).length + 1] = 0xff;
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'damaged UTF-8 text (invalid bytes on line 3)' });
  });
});

describe('decodeText properties', () => {
  /** Any Unicode text a document could hold: no control characters, not starting with a byte-order mark. */
  const documentText = fc
    .string({ unit: 'binary', minLength: 1, maxLength: 200 })
    .map((text) => Array.from(text, (char) => (/[\p{Cc}\ufeff\ufffd]/u.test(char) && !'\t\n\r'.includes(char) ? '字' : char)).join(''))
    .filter((text) => text.trim() !== '');

  it('gives back any text written as UTF-8 (with or without BOM) or UTF-16 with BOM', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        for (const bytes of [encodeUtf8(text), encodeUtf8(text, true), encodeUtf16(text, 'le'), encodeUtf16(text, 'be')]) {
          const decoded = decodeText(bytes);
          expect(decoded.ok && decoded.text).toBe(text);
        }
      }),
    );
  });

  it('never throws on arbitrary bytes, and always either decodes or gives a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeText(bytes);
        expect(decoded.ok ? decoded.text.trim().length : decoded.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
