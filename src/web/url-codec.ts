/**
 * How values that do not fit a plain query parameter are written in the explorer's links
 * (url-state.ts): lists whose items may hold commas, and entity names too long for a request line.
 */

/**
 * Items joined with commas, each with `%` and `,` escaped as `%25` and `%2C` first, so any string
 * round-trips through `decodeList`. Items without either character are written as they are, so
 * links written before the escaping read the same.
 */
export function encodeList(items: Iterable<string>): string {
  return [...items].map((item) => item.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');
}

/** The items of an `encodeList` value. */
export function decodeList(value: string): string[] {
  return value.split(',').map((item) => item.replace(/%2C/gi, ',').replace(/%25/g, '%'));
}

/**
 * Names longer than this (UTF-16 code units) go in a link as their `shortName`: a Chinese character
 * takes 9 bytes percent-encoded, and servers refuse request headers over 8–16 KB (HTTP 431).
 */
export const LONG_NAME = 64;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

/**
 * A stable 16-hex-digit stand-in for a node key: the 64-bit FNV-1a hash of its UTF-8 bytes. The
 * link is resolved by hashing the graph's keys, so it only has to tell one graph's nodes apart.
 */
export function shortName(key: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(key)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK;
  return hash.toString(16).padStart(16, '0');
}
