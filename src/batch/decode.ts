import { isUtf8 } from 'node:buffer';
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

const SIMPLIFIED_COMMON = new Set('的一是在不了有和人这中大为上个国我以要他时来们生到地于出就分对成会可发年动同工也能下过说产种面方后多定行学法所民经进着等部度家电力里如水化高自理起现实加量都两体制机当使点从业本去性好应开合还因由其些然前外政日社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞');
const TRADITIONAL_COMMON = new Set('的一是在不了有和人這中大為上個國我以要他時來們生到地於出就分對成會可發年動同工也能下過說產種面方後多定行學法所民經進著等部度家電力裏如水化高自理起現實加量都兩體制機當使點從業本去性好應開合還因由其些然前外政日社義事平形相全表間樣與關各重新線內數正心反明看原又利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清己美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布復容兒須際商非驗連斷深難近礦千周委素技備半辦青省列習響約支般史感勞便團往酸歷市克何除消構府稱太準精值號率族維劃選標寫存候毛親快效斯院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參紅細引聽該鐵價嚴龍飛');

function commonChars(text: string, common: Set<string>): number {
  let n = 0;
  const end = Math.min(text.length, 20000);
  for (let i = 0; i < end; i++) if (common.has(text[i]!)) n++;
  return n;
}

/** The charset an HTML page declares in its first kilobytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  if (!m) return undefined;
  try {
    return new TextDecoder(m[1]!).encoding;
  } catch {
    return undefined;
  }
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
  // The common case, checked and decoded natively in one pass each (TextDecoder's fatal mode is slower).
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8', warnings };
  const gb = strict('gb18030', bytes);
  // Big5 bytes mostly decode as GB18030 too, into nonsense: keep whichever reading holds more of the
  // commonest characters of report prose.
  const big5 = strict('big5', bytes);
  if (gb !== undefined && big5 !== undefined && commonChars(big5, TRADITIONAL_COMMON) > commonChars(gb, SIMPLIFIED_COMMON)) return { text: big5, encoding: 'big5', warnings };
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', warnings };
  if (big5 !== undefined) return { text: big5, encoding: 'big5', warnings };
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
