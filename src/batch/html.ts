import { Parser } from 'htmlparser2';

/** Elements whose content is never report text: code, styling, and the page's navigation furniture. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'svg', 'canvas', 'select', 'button', 'form', 'head', 'object', 'embed']);
/** Elements that end a line of text. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr', 'title', 'caption', 'main', 'figure', 'figcaption']);
/** Class or id words that mark navigation, menus, share bars and the like on Chinese government sites. */
const CHROME = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumbs?|footer|sidebar|share|toolbar|copyright|pagination|pager|related|friendlinks?|topbar)([\s_-]|$)/i;

/**
 * HTML to plain text for extraction: scripts, styles and navigation dropped, block elements on their own
 * lines, entities decoded. A streaming tokenizer, so deep nesting costs no recursion.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // The page's <title> (in <head>, which is skipped): it often names the site, and so the place (…_青石县人民政府).
  let pageTitle = '';
  let inTitle = false;
  let skipDepth = 0;
  const stack: boolean[] = [];
  const newline = () => {
    if (out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        const chrome = CHROME.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`) || attrs.role === 'navigation' || attrs.hidden !== undefined;
        const skip = SKIP.has(name) || chrome;
        stack.push(skip);
        if (skip) skipDepth++;
        if (BLOCK.has(name) && skipDepth === 0) newline();
      },
      ontext(text) {
        if (inTitle) pageTitle += text;
        if (skipDepth === 0) out.push(text.replace(/[ \t\r\n]+/g, (ws) => (ws.includes('\n') ? ' ' : ws)));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        const skip = stack.pop();
        if (skip) skipDepth--;
        if (BLOCK.has(name) && skipDepth === 0) newline();
        // Table cells stay on their row, separated by tabs, so a table reads as one as text.
        else if ((name === 'td' || name === 'th') && skipDepth === 0) out.push('\t');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const title = pageTitle.replace(/\s+/g, ' ').trim();
  if (title) out.unshift(title, '\n');
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, '').replace(/^ +/, ''))
    .filter((line, i, lines) => line.length > 0 || (i > 0 && lines[i - 1]!.length > 0))
    .join('\n')
    .trim() + '\n';
}

export function isHtmlPath(path: string): boolean {
  return /\.x?html?$/i.test(path);
}
