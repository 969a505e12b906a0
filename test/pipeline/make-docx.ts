/**
 * Writes real .docx packages for the ingest tests (a zip of Office Open XML parts, as Word saves
 * them): paragraphs, a table, and the core properties that carry the title and creation date.
 */
import JSZip from 'jszip';

export interface DocxOptions {
  paragraphs: string[];
  /** Rows of cells, placed after the paragraphs. */
  table?: string[][];
  title?: string;
  /** W3CDTF, as Word writes dcterms:created: 2021-03-15T08:00:00Z */
  created?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

export async function makeDocx(options: DocxOptions): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>');
  const table = options.table
    ? `<w:tbl>${options.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
    : '';
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${options.paragraphs.map(paragraph).join('')}${table}</w:body></w:document>`);
  const core = [
    options.title === undefined ? '' : `<dc:title>${escapeXml(options.title)}</dc:title>`,
    options.created === undefined ? '' : `<dcterms:created xsi:type="dcterms:W3CDTF">${options.created}</dcterms:created>`,
  ].join('');
  zip.file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>办公室</dc:creator>${core}</cp:coreProperties>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
