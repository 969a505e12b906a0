import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityMapped, rewrite, type MappedText } from '../../src/pipeline/mapped-text.js';

const offsetsOf = (mapped: MappedText) => [...mapped.offsets];

describe('rewrite', () => {
  it('keeps per-character offsets through a replacement of the same length', () => {
    const mapped = rewrite(identityMapped('重庆,成都'), /,/g, () => '，');
    expect(mapped.text).toBe('重庆，成都');
    expect(offsetsOf(mapped)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('maps a shorter or longer replacement wholly onto the start of its match', () => {
    const shorter = rewrite(identityMapped('甲\r\n乙\r\n丙'), /\r\n/g, () => '\n');
    expect(shorter.text).toBe('甲\n乙\n丙');
    expect(offsetsOf(shorter)).toEqual([0, 1, 3, 4, 6, 7]);
    const longer = rewrite(identityMapped('a-b'), /-/g, () => '——');
    expect(longer.text).toBe('a——b');
    expect(offsetsOf(longer)).toEqual([0, 1, 1, 2, 3]);
  });

  it('composes: offsets after several passes still point into the first text', () => {
    let mapped = identityMapped('（上接2版）推动\n\n成渝,发展');
    mapped = rewrite(mapped, /（上接\d版）/g, () => '');
    mapped = rewrite(mapped, /\n+/g, () => '');
    mapped = rewrite(mapped, /,/g, () => '，');
    expect(mapped.text).toBe('推动成渝，发展');
    expect(offsetsOf(mapped)).toEqual([6, 7, 10, 11, 12, 13, 14, 15]);
  });

  it('returns the input itself when nothing matches, skips empty matches, and refuses a non-global pattern', () => {
    const source = identityMapped('重庆');
    expect(rewrite(source, /成都/g, () => 'x')).toBe(source);
    expect(rewrite(source, /x*/g, () => 'y')).toBe(source);
    expect(() => rewrite(source, /重/, () => '')).toThrow('rewrite needs a global pattern');
  });

  it('grows its offset buffer past the input length when replacements expand the text', () => {
    const mapped = rewrite(identityMapped('a'.repeat(100)), /a/g, () => 'bbb');
    expect(mapped.text).toBe('b'.repeat(300));
    expect(mapped.offsets).toHaveLength(301);
    expect(mapped.offsets[299]).toBe(99);
    expect(mapped.offsets[300]).toBe(100);
  });
});

describe('rewrite properties', () => {
  const passes: [RegExp, string][] = [
    [/\s+/g, ' '],
    [/[，,]/g, '，'],
    [/\d+/g, ''],
    [/[a-z]/g, 'XY'],
    [/(?<=重)庆/g, 'Q'],
  ];

  /** Characters the passes act on, mixed with any code point. */
  const text = fc.string({
    unit: fc.oneof(fc.constantFrom('a', 'z', '1', ' ', '\n', '\t', '重', '庆', '，', ',', '😀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    maxLength: 60,
  });

  it('after any sequence of passes: one offset per character plus the end, non-decreasing, within the source, end kept', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat({ max: passes.length - 1 }), { maxLength: 6 }),
        (raw, sequence) => {
          let mapped = identityMapped(raw);
          for (const index of sequence) {
            const [pattern, replacement] = passes[index] ?? [/(?:)/g, ''];
            mapped = rewrite(mapped, pattern, () => replacement);
          }
          const offsets = offsetsOf(mapped);
          expect(offsets).toHaveLength(mapped.text.length + 1);
          expect(offsets.at(-1)).toBe(raw.length);
          expect(offsets.every((offset, i) => offset >= 0 && offset <= raw.length && (i === 0 || offset >= (offsets[i - 1] ?? 0)))).toBe(true);
        },
      ),
    );
  });

  it('a character no pass touches maps to itself in the source', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const mapped = rewrite(rewrite(identityMapped(raw), /\d+/g, () => ''), /\s+/g, () => '\n');
        for (let i = 0; i < mapped.text.length; i++) {
          const char = mapped.text[i] ?? '';
          if (char !== '\n') expect(raw[mapped.offsets[i] ?? -1]).toBe(char);
        }
      }),
    );
  });
});
