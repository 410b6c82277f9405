/**
 * FNV-1a, 32-bit, over UTF-16 code units. Not cryptographic: it names things
 * (derived question ids, rendered-HTML keys) so that equal text gives an equal name.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Base-36 FNV-1a, at most 7 characters. */
export const shortHash = (text: string): string => fnv1a(text).toString(36);
