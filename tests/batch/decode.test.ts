import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredCharset, decodeBytes, InputError } from '../../src/batch/decode.js';

const ENCODINGS = join(__dirname, '..', 'fixtures', 'encodings');

const TEXT = '全市地区生产总值达到1862.4亿元，增长5.6%。';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

/** GB18030 bytes for a few characters, from the standard's code table. */
const GB_BYTES = Buffer.from([0xc8, 0xab, 0xca, 0xd0, 0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0x31, 0x38, 0x36, 0x32, 0x2e, 0x34, 0xd2, 0xda, 0xd4, 0xaa]);

describe('decoding', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(TEXT, false), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(TEXT, true), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toBe(encoding);
    expect(d.warnings).toEqual([]);
  });

  it('detects GB18030 (GBK) when the bytes are not UTF-8', () => {
    const d = decodeBytes(GB_BYTES);
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe('全市地区生产总值1862.4亿元');
  });

  it('tells Big5 from GB18030 by which reading gives common characters', () => {
    const d = decodeBytes(readFileSync(join(ENCODINGS, 'report-big5.txt')));
    expect(d.encoding).toBe('big5');
    expect(d.text.startsWith('全縣實現地區生產總值128.6億元')).toBe(true);
  });

  it("reads an HTML page's declared charset", () => {
    expect(declaredCharset(readFileSync(join(ENCODINGS, 'page-big5.html')))).toBe('big5');
    expect(declaredCharset(Buffer.from('<html><body>无声明</body></html>'))).toBeUndefined();
  });

  it('uses a forced encoding', () => {
    expect(decodeBytes(GB_BYTES, 'gbk').text).toBe('全市地区生产总值1862.4亿元');
    expect(() => decodeBytes(GB_BYTES, 'no-such-encoding')).toThrow(/unknown encoding/);
  });

  it('refuses binary files', () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toThrow(InputError);
  });

  it('replaces and counts invalid UTF-8 that is not GB18030 either', () => {
    const bytes = Buffer.concat([Buffer.from('增长5%'), Buffer.from([0xff, 0xff, 0xff]), Buffer.from('。')]);
    const d = decodeBytes(bytes);
    expect(d.text.startsWith('增长5%')).toBe(true);
    expect(d.warnings.join()).toMatch(/invalid UTF-8: \d+ byte sequence/);
  });

  it('reads an empty file as empty text with a warning', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: ['empty file'] });
  });
});
