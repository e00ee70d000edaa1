import type { CompiledRules } from '../rules/compile.js';
import { PlaceIndex } from './places.js';
import { rocYears } from './period.js';
import type { Tagger } from '../text/segment.js';
import { isProseLine } from '../text/structure.js';

/** What is known about a document as a whole. */
export interface DocumentMeta {
  title?: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text says. */
  date?: string;
  /** The issuing place (毕节市, 安徽省) or 全国. */
  region?: string;
}

/** Values a user gives for a document (sidecar file or --meta CSV) win over what the text suggests. */
export type MetaOverride = Partial<DocumentMeta>;

/** 2024年1月8日, 2024-01-08, 2024/1/8, 2024.1.8: one kind of separator throughout, so 2025年1-9月 is no date. */
const DATE = /((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))/g;
/** Words that make a date the day a figure stands at or an event happens (截至, 截止, 于, 到), not the text's. */
const FIGURE_DAY_BEFORE = /(?:截至|截止|至|到|于|於|从|自|由)\s*$/;
/**
 * A web page's byline (发布时间：… 来源：…), breadcrumb (当前位置：首页 > …), menu (首页 | 政务公开 | …) or links to
 * the articles before and after it (上一篇：…):
 * furniture near the top, never the title.
 */
const BYLINE = /上一篇|下一篇|上一条|下一条|发布时间|发布日期|信息来源|来源[：:]|浏览次数|点击[数率量]|阅读[数量次]|字号|字体[：:]|责任编辑|作者[：:]|打印本页|关闭窗口|当前位置|您的位置|所在位置|相关链接|相关新闻|相关文章|友情链接|主办单位|承办单位|网站标识码|备案号|版权所有|联系电话|[>›»]\s*[^>›»\s]+\s*[>›»]|(?:[^|｜]+[|｜]){3}/;
const TITLE_WORDS = /报告|公报|计划|方案|规划|意见|通知|纲要|要点|情况|工作|发展|回顾|之际|会议|决定|办法|政府|统计|决算|预算|说明|总结|通报|分析|简析|运行|概况|综述|快报|月报|白皮书/;
/** A section heading (一、…, （二）…, 第三章 …) is the body's, never the document's title. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+[章节部分篇])/;

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** The first date in the header lines (a byline or a dated title), else the first in the opening text. */
export function findDate(text: string): string | undefined {
  const head = text.split('\n').slice(0, 15).join('\n');
  for (const part of [head, text.slice(0, 3000)]) {
    DATE.lastIndex = 0;
    for (let m = DATE.exec(part); m; m = DATE.exec(part)) {
      // 截至2025年3月31日，财政储备…: the day a figure stands at, not the day the text was written.
      if (FIGURE_DAY_BEFORE.test(part.slice(Math.max(0, m.index - 2), m.index))) continue;
      const [month, day] = [m[2] ?? m[5]!, m[3] ?? m[6]!];
      if (Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31) return `${m[1]}-${pad(month)}-${pad(day)}`;
    }
  }
  return undefined;
}

/** Twelve lines of at most 60 characters, with room for longer ones skipped among them. */
const TITLE_SCAN_CHARS = 4000;

/** A short line near the top that reads like a title: report words, no sentence punctuation. */
export function findTitle(text: string): string | undefined {
  // The first twelve lines: split from the opening only, not from the whole text. A title stands above
  // the prose: the page's furniture after the body (相关链接, 主办单位) is never it.
  const opening = text.slice(0, TITLE_SCAN_CHARS).split('\n').slice(0, 12);
  const candidates = (from: string[]) =>
    from.map((l) => l.trim()).filter((l) => l.length >= 4 && l.length <= 60 && !/[。；]$/.test(l) && !/^[\d\s:：\-/.]+$/.test(l) && !BYLINE.test(l) && !SECTION_HEADING.test(l));
  const prose = opening.findIndex(isProseLine);
  // A page's welcome line may come before its title: the body starts at prose after a title line.
  const above = prose >= 0 ? candidates(opening.slice(0, prose)) : [];
  const lines = above.length > 0 ? above : candidates(opening);
  return lines.find((l) => TITLE_WORDS.test(l) && !/^[>»|]/.test(l)) ?? lines[0];
}

/**
 * A page title that names its site after the document's own title (…统计公报_青石县人民政府,
 * … - 临江市统计局, …｜政务公开): the title, and the whole line, whose site says whose page it is.
 */
const SITE_SUFFIX = /^(.{4,}?)\s*(?:_|\s[-—–|｜]\s|｜|\|)\s*(?:[^_|｜]{1,20}(?:_|\s[-—–|｜]\s|｜|\|)\s*)*[^_|｜]{2,30}(?:人民政府|政府|门户网站|网站|网|局|委员会|委|厅|办公室|中心|办)\s*$/;

/** `roc`: the text counts years by the Republic calendar (Taiwan), so 114年3月5日 is a date of 2025. */
export function detectMeta(text: string, rules: CompiledRules, override: MetaOverride = {}, tagger?: Tagger, roc = false): { meta: DocumentMeta; places: PlaceIndex } {
  const line = override.title ?? findTitle(text);
  const site = line !== undefined && override.title === undefined ? SITE_SUFFIX.exec(line) : null;
  const title = site ? site[1]! : line;
  const date = override.date ?? findDate(roc ? rocYears(text) : text);
  const places = new PlaceIndex(text, line ?? '', rules, override.region, tagger);
  const meta: DocumentMeta = {};
  if (title) meta.title = title;
  if (date) meta.date = date;
  if (places.docRegion) meta.region = places.docRegion;
  return { meta, places };
}
