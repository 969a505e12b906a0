/**
 * Writes real PDF files for the ingest tests and benchmark, byte by byte: a CJK text layer (a
 * Type0 font with Identity-H encoding and a ToUnicode map, the way Word and WPS export Chinese
 * text; the glyphs are not embedded, text extraction needs only the map), an image-only page (a
 * scan), and a password-protected file. No PDF tool is needed on the machine.
 */

export interface PdfOptions {
  /** Each page is a list of lines, drawn top-down at a fixed leading. */
  pages: string[][];
  /** Info dictionary entries. */
  title?: string;
  /** PDF date, e.g. `D:20210120093000+08'00'`. */
  creationDate?: string;
  /** Only an image on each page, no text: what a scanner writes. */
  scanned?: boolean;
  /** An /Encrypt dictionary whose user password is not empty: readers must ask for it. */
  passwordProtected?: boolean;
}

const FONT_SIZE = 12;
const LEADING = 18;
const PAGE_HEIGHT = 842;
const LEFT = 72;

const hex4 = (code: number) => code.toString(16).padStart(4, '0');

/** A PDF text string in UTF-16BE with a byte-order mark, as hex. */
function textString(text: string): string {
  return `<FEFF${Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0xffff) return hex4(code);
    const v = code - 0x10000;
    return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
  }).join('')}>`;
}

export function makePdf(options: PdfOptions): Uint8Array {
  // One CID per distinct character; the ToUnicode map sends each back to its code point.
  const cids = new Map<string, number>();
  for (const line of options.pages.flat()) for (const char of line) if (!cids.has(char)) cids.set(char, cids.size + 1);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds: number[] = [];
  const firstPage = 7;
  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add(''); // 2: pages, filled in below
  add('<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>'); // 3
  add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>'); // 4
  add('<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>'); // 5
  const cmapEntries = [...cids].map(([char, cid]) => `<${hex4(cid)}> <${textString(char).slice(5)}`);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${cmapEntries.length} beginbfchar`, ...cmapEntries, 'endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`); // 6
  for (const lines of options.pages) {
    const pageId = firstPage + pageIds.length * 2;
    pageIds.push(pageId);
    let content: string;
    let resources: string;
    if (options.scanned) {
      content = 'q 451 0 0 698 72 72 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u0000\u00ff\u00ff\u0000 EI Q';
      resources = '<< >>';
    } else {
      content = lines.map((line, i) => {
        const codes = Array.from(line, (char) => hex4(cids.get(char) ?? 0)).join('');
        return `BT /F1 ${FONT_SIZE} Tf 1 0 0 1 ${LEFT} ${PAGE_HEIGHT - 72 - i * LEADING} Tm <${codes}> Tj ET`;
      }).join('\n');
      resources = '<< /Font << /F1 3 0 R >> >>';
    }
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${PAGE_HEIGHT}] /Resources ${resources} /Contents ${pageId + 1} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
  }
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const info: string[] = [];
  if (options.title !== undefined) info.push(`/Title ${textString(options.title)}`);
  if (options.creationDate !== undefined) info.push(`/CreationDate (${options.creationDate})`);
  add(`<< ${info.join(' ')} /Producer (yugraph tests) >>`);
  const infoId = objects.length;
  let encrypt = '';
  if (options.passwordProtected) {
    // A standard security handler whose /U entry matches no password, the empty one included.
    const key = 'A1'.repeat(32);
    add(`<< /Filter /Standard /V 1 /R 2 /O <${key}> /U <${'5C'.repeat(32)}> /P -4 >>`);
    encrypt = ` /Encrypt ${objects.length} 0 R /ID [<${'00'.repeat(16)}> <${'00'.repeat(16)}>]`;
  }
  const chunks = ['%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n'];
  let length = Buffer.byteLength(chunks[0] ?? '', 'latin1');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = `${i + 1} 0 obj\n${body}\nendobj\n`;
    chunks.push(chunk);
    length += Buffer.byteLength(chunk, 'latin1');
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n');
  chunks.push(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R${encrypt} >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(chunks.join(''), 'latin1');
}
