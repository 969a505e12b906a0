/**
 * Web pages saved from government sites (.html, .htm, .shtml). The article is found by Mozilla's
 * Readability (Firefox's reader view) over linkedom's DOM, so navigation, breadcrumbs,
 * 【字体：大 中 小】【打印】 bars, related links, footers and scripts stay out of the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText } from '../decode.js';
import { dateInText, parseDate, type ReadOutcome } from './document.js';

type Dom = ReturnType<typeof parseHTML>['document'];
type DomNode = Dom['body']['childNodes'][number];

/** `<meta charset=gbk>` or `http-equiv` Content-Type, within the first bytes as the HTML standard prescribes. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

/**
 * Bytes → markup: in the declared charset when it decodes without error (GBK pages say so), else
 * by detection as for text files (pages that declare UTF-8 but were saved as GBK exist).
 */
function decodePage(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  const charset = declaredCharset(bytes);
  if (charset !== undefined) {
    try {
      // gb2312 pages routinely use GBK characters: read them as the WHATWG standard does, as GBK.
      return { ok: true, text: new TextDecoder(charset, { fatal: true }).decode(bytes) };
    } catch {
      // An unknown label or bytes that do not fit it: detect instead.
    }
  }
  return decodeText(bytes);
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'HEADER', 'FOOTER', 'FIGCAPTION']);
const CELLS = new Set(['TD', 'TH']);

/**
 * The visible text of an element with its block structure: a line per paragraph, heading and
 * table row, cells separated by a space. (textContent would run paragraphs together.)
 */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as unknown as { tagName: string }).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
    else if (CELLS.has(tag)) parts.push(' ');
  };
  walk(root);
  return parts.join('').split('\n').map((line) => line.replace(/^ +| +$/g, '')).filter((line) => line.replace(/\u3000/g, '') !== '').join('\n');
}

function meta(document: Dom, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const element of document.querySelectorAll('meta')) {
      const key = element.getAttribute('name') ?? element.getAttribute('property') ?? '';
      const content = element.getAttribute('content')?.trim();
      if (key.toLowerCase() === name.toLowerCase() && content) return content;
    }
  }
  return undefined;
}

/** `<title>` carries the site's name after the headline ("标题_政策文件_重庆市人民政府网"): prefer the `<h1>` it starts with. */
function pageTitle(document: Dom): string | undefined {
  const title = document.querySelector('title')?.textContent.trim() ?? '';
  const h1 = document.querySelector('h1')?.textContent.trim() ?? '';
  if (h1 !== '' && title.startsWith(h1)) return h1;
  const headline = title.split(/\s*[_|｜]\s*|\s+[-—]+\s+/)[0]?.trim();
  return headline || h1 || undefined;
}

/** An HTML page → its article's text, title, date and issuing body. */
export function readHtml(bytes: Uint8Array): Promise<ReadOutcome> {
  const decoded = decodePage(bytes);
  if (!decoded.ok) return Promise.resolve(decoded);
  // linkedom needs an <html> element: a saved fragment is wrapped in one.
  const markup = /<html[\s>]/i.test(decoded.text) ? decoded.text : `<!DOCTYPE html><html><head></head><body>${decoded.text}</body></html>`;
  const { document } = parseHTML(markup);
  // Read before Readability, which rewrites the DOM it is given.
  const title = meta(document, 'ArticleTitle', 'og:title') ?? pageTitle(document);
  const pageText = blockText(document.body);
  const date = parseDate(meta(document, 'PubDate', 'publishdate', 'article:published_time') ?? '') ?? dateInText(pageText);
  const issuer = meta(document, 'ContentSource') ?? /来源\s*[:：]\s*([^\s\u3000|｜]+)/.exec(pageText)?.[1];
  const article = new Readability(document).parse();
  if (article?.content == null) return Promise.resolve({ ok: false, reason: 'no article text in the page' });
  const body = blockText(parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body);
  if (body.trim() === '') return Promise.resolve({ ok: false, reason: 'no article text in the page' });
  // Readability drops the headline from the article; it names the subject, so it leads the text.
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return Promise.resolve({ ok: true, document: { text, ...(title && { title }), ...(date && { date }), ...(issuer && { issuer }) } });
}
