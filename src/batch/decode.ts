/** How a file's bytes became text, and what was odd about them. */
export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5'] as const;

const SNIFF = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF);
  if (bytes.subarray(0, end).indexOf(0) >= 0) return true;
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return end > 0 && controls / end > 0.1;
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; else GB18030, the superset of GBK
 * that Chinese government sites still serve; else UTF-8 with the bad sequences replaced and counted.
 * `forced` skips detection. The BOM is never part of the text, as RECORDS.md's offsets require.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) return { text: '', encoding: forced ?? 'utf-8', warnings: ['empty file'] };
  if (forced) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(forced);
    } catch {
      throw new InputError(`unknown encoding '${forced}' (try one of ${ENCODINGS.join(', ')})`);
    }
    const text = decoder.decode(bytes);
    const bad = countReplacements(text);
    if (bad) warnings.push(`${bad} byte sequence(s) invalid in ${forced} were replaced with U+FFFD`);
    return { text, encoding: decoder.encoding, warnings };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom', warnings };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', warnings };
  if (looksBinary(bytes)) throw new InputError('binary file (NUL or control bytes in the first 8 KB); not a text report');
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', warnings };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', warnings };
  const text = new TextDecoder('utf-8').decode(bytes);
  warnings.push(`invalid UTF-8: ${countReplacements(text)} byte sequence(s) replaced with U+FFFD`);
  return { text, encoding: 'utf-8', warnings };
}

/**
 * The encoding of a large file from its first block, for decoding it piece by piece: the same
 * order of tests as decodeBytes, allowing a multi-byte character cut at the end of the block.
 */
export function sniffEncoding(head: Uint8Array, forced?: string): string {
  if (forced) {
    try {
      return new TextDecoder(forced).encoding;
    } catch {
      throw new InputError(`unknown encoding '${forced}' (try one of ${ENCODINGS.join(', ')})`);
    }
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (looksBinary(head)) throw new InputError('binary file (NUL or control bytes in the first 8 KB); not a text report');
  for (let cut = 0; cut < 4; cut++) if (strict('utf-8', head.subarray(0, head.length - cut)) !== undefined) return 'utf-8';
  for (let cut = 0; cut < 2; cut++) if (strict('gb18030', head.subarray(0, head.length - cut)) !== undefined) return 'gb18030';
  return 'utf-8';
}
