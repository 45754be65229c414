// Layout helpers over pdfkit for the case summary: the house style (type sizes, colours, spacing), WinAnsi-safe text,
// section headings, key–value blocks and tables whose header repeats on every page they run onto.

export const STYLE = {
  margin: { top: 62, bottom: 58, left: 50, right: 50 },
  ink: '#1F2933',
  muted: '#616E7C',
  faint: '#9AA5B1',
  rule: '#D9E2EC',
  accent: '#243B53',
  shade: '#F3F6F9',
  headerFill: '#E4EAF1',
  alert: '#9B1C1C',
  body: 9,
  small: 7.8,
};

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';

// The 14 standard PDF fonts only encode WinAnsi (Latin-1 plus a few typographic marks): anything else would print as
// garbage, so it is replaced by the nearest WinAnsi spelling, or `?`. The other formats keep the text exactly.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const NEAREST: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\ufeff': '',
};

function isWinAnsi(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

export function pdfSafe(text: string): string {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text;
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').normalize('NFC')) {
    if (ch === '\n' || isWinAnsi(ch)) out += ch;
    else if (ch in NEAREST) out += NEAREST[ch];
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Row {
  cells: string[];
  /** Full-width lines under the row (session notes), kept on the row's page when they fit. */
  detail?: { label: string; text: string }[];
  /** Colour of a small square drawn before the first cell (legend keys). */
  swatch?: string;
  bold?: boolean;
}

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.2;

export class PdfWriter {
  readonly left = STYLE.margin.left;
  readonly width: number;
  /** The font size last set through font(). */
  private size = STYLE.body;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.width = doc.page.width - STYLE.margin.left - STYLE.margin.right;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  get bottom(): number {
    return this.doc.page.height - STYLE.margin.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. Returns true when it broke. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.doc.addPage();
    this.y = STYLE.margin.top;
    return true;
  }

  font(kind: 'regular' | 'bold' | 'italic', size: number, colour: string = STYLE.ink): this {
    this.size = size;
    this.doc
      .font(kind === 'bold' ? BOLD : kind === 'italic' ? ITALIC : REGULAR)
      .fontSize(size)
      .fillColor(colour);
    return this;
  }

  /** Text at a fixed place on one line (no wrapping, no page break). */
  at(text: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions = {}): void {
    this.place(() => this.doc.text(pdfSafe(text), x, y, { lineBreak: false, ...opts }));
  }

  /** Draws without moving the cursor (pdfkit moves it below any text it writes). */
  place(draw: () => void): void {
    const { x, y } = this.doc;
    draw();
    this.doc.x = x;
    this.doc.y = y;
  }

  heightOf(text: string, width: number): number {
    const safe = pdfSafe(text);
    // Most cells are one short line: measuring the width is far cheaper than running the line wrapper.
    return this.fitsOneLine(safe, width) ? this.doc.currentLineHeight(true) : this.doc.heightOfString(safe, { width });
  }

  private fitsOneLine(safe: string, width: number): boolean {
    return !safe.includes('\n') && this.doc.widthOfString(safe) <= width;
  }

  /**
   * Starts a new page unless wrapped text of `safe` fits. Wrapping is the costly part of layout, so the exact height is
   * measured only when a cheap upper bound (every character as wide as an em) says it might not fit.
   */
  private ensureText(safe: string, width: number, lineGap: number): void {
    const lineHeight = this.doc.currentLineHeight(true) + lineGap;
    let lines = 0;
    for (const part of safe.split('\n')) lines += Math.max(1, Math.ceil((part.length * this.size) / width));
    if (this.y + lines * lineHeight <= this.bottom) return;
    const h = this.doc.heightOfString(safe, { width, lineGap });
    if (h < this.bottom - STYLE.margin.top) this.ensure(h);
  }

  /** Wrapped text at the cursor; pdfkit continues it on the next page if it has to. */
  paragraph(text: string, opts: { size?: number; colour?: string; kind?: 'regular' | 'bold' | 'italic'; indent?: number; gap?: number } = {}): void {
    const size = opts.size ?? STYLE.body;
    this.font(opts.kind ?? 'regular', size, opts.colour);
    const indent = opts.indent ?? 0;
    const text_ = pdfSafe(text);
    this.ensureText(text_, this.width - indent, 1);
    this.doc.text(text_, this.left + indent, this.y, { width: this.width - indent, lineGap: 1 });
    this.y += opts.gap ?? 4;
  }

  /** A labelled paragraph: bold label, regular text, wrapped together. */
  labelled(label: string, text: string, opts: { size?: number; indent?: number; colour?: string } = {}): void {
    if (!text) return this.paragraph(label, { ...opts, kind: 'bold', gap: 2 });
    const size = opts.size ?? STYLE.body;
    const indent = opts.indent ?? 0;
    const width = this.width - indent;
    this.font('regular', size);
    this.ensureText(pdfSafe(`${label} ${text}`), width, 1);
    this.font('bold', size, opts.colour ?? STYLE.ink);
    this.doc.text(pdfSafe(label) + ' ', this.left + indent, this.y, { width, continued: true, lineGap: 1 });
    this.font('regular', size, opts.colour ?? STYLE.ink);
    this.doc.text(pdfSafe(text), { width, lineGap: 1 });
    this.y += 2;
  }

  section(title: string, subtitle?: string): void {
    // A heading never ends a page: keep room for it and the first lines under it.
    this.ensure(110);
    this.y += 10;
    this.font('bold', 12.5, STYLE.accent).at(title, this.left, this.y);
    if (subtitle) this.font('regular', STYLE.small, STYLE.muted).at(subtitle, this.left, this.y + 3, { width: this.width, align: 'right' });
    this.y += 17;
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.6)
      .strokeColor(STYLE.rule)
      .stroke();
    this.y += 8;
  }

  subheading(title: string, swatch?: string): void {
    this.ensure(40);
    this.y += 4;
    let x = this.left;
    if (swatch) {
      this.doc.rect(x, this.y + 1.5, 8, 8).fill(swatch);
      x += 13;
    }
    this.font('bold', 10, STYLE.ink).at(title, x, this.y);
    this.y += 15;
  }

  /** Label–value pairs in `columns` columns (the document header). */
  facts(pairs: [string, string][], columns: number): void {
    const colWidth = this.width / columns;
    for (let i = 0; i < pairs.length; i += columns) {
      const row = pairs.slice(i, i + columns);
      const heights = row.map(([, v]) => {
        this.font('regular', 9.5);
        return this.heightOf(v, colWidth - 10);
      });
      row.forEach(([label, value], j) => {
        const x = this.left + j * colWidth;
        this.font('regular', STYLE.small, STYLE.muted).at(label.toUpperCase(), x, this.y, { characterSpacing: 0.4 });
        this.font('regular', 9.5, STYLE.ink);
        this.place(() => this.doc.text(pdfSafe(value), x, this.y + 10, { width: colWidth - 10 }));
      });
      this.y += 10 + Math.max(...heights) + 8;
    }
  }

  /** `continued`: more rows of the table just drawn (no new header unless a page breaks); `first`: their index. */
  table(columns: Column[], rows: Row[], opts: { size?: number; zebra?: boolean; continued?: boolean; first?: number; gap?: number } = {}): void {
    const size = opts.size ?? 8.3;
    const drawHeader = () => {
      this.font('bold', size - 0.5, STYLE.accent);
      const h = Math.max(...columns.map((c) => this.heightOf(c.header, c.width - 2 * CELL_PAD_X))) + 2 * CELL_PAD_Y;
      this.doc.rect(this.left, this.y, this.width, h).fill(STYLE.headerFill);
      this.font('bold', size - 0.5, STYLE.accent);
      let x = this.left;
      for (const c of columns) {
        this.place(() =>
          this.doc.text(pdfSafe(c.header), x + CELL_PAD_X, this.y + CELL_PAD_Y, { width: c.width - 2 * CELL_PAD_X, align: c.align ?? 'left' }),
        );
        x += c.width;
      }
      this.y += h;
    };
    if (!opts.continued) {
      this.ensure(40);
      drawHeader();
    }
    rows.forEach((row, i) => {
      const index = i + (opts.first ?? 0);
      this.font(row.bold ? 'bold' : 'regular', size);
      const cellHeight =
        Math.max(...row.cells.map((text, i) => this.heightOf(text, columns[i].width - 2 * CELL_PAD_X - (i === 0 && row.swatch ? 10 : 0)))) +
        2 * CELL_PAD_Y;
      const whole = cellHeight + this.detailHeight(row, size, this.bottom - this.y - cellHeight);
      if (this.y + Math.min(whole, this.bottom - STYLE.margin.top - 40) > this.bottom) {
        this.doc.addPage();
        this.y = STYLE.margin.top;
        drawHeader();
      }
      const top = this.y;
      // Shading marks the row itself; its notes below sit on white, closed by the rule.
      if (opts.zebra !== false && index % 2 === 1) this.doc.rect(this.left, top, this.width, cellHeight).fill(STYLE.shade);
      let x = this.left;
      row.cells.forEach((text, i) => {
        let textX = x + CELL_PAD_X;
        if (i === 0 && row.swatch) {
          this.doc.rect(textX, top + CELL_PAD_Y + 1, 6.5, 6.5).fill(row.swatch);
          textX += 10;
        }
        this.font(row.bold ? 'bold' : 'regular', size);
        const safe = pdfSafe(text);
        const width = columns[i].width - (textX - x) - CELL_PAD_X;
        this.doc.text(safe, textX, top + CELL_PAD_Y, { width, align: columns[i].align ?? 'left', lineBreak: !this.fitsOneLine(safe, width) });
        x += columns[i].width;
      });
      this.y = top + cellHeight;
      for (const d of row.detail ?? []) {
        this.font('bold', size - 0.6, STYLE.muted);
        this.doc.text(pdfSafe(d.label) + ' ', this.left + CELL_PAD_X + 10, this.y, {
          width: this.width - 2 * CELL_PAD_X - 10,
          continued: true,
          lineGap: 0.5,
        });
        this.font('regular', size - 0.6, STYLE.ink);
        this.doc.text(pdfSafe(d.text), { width: this.width - 2 * CELL_PAD_X - 10, lineGap: 0.5 });
        this.y += 1.5;
      }
      if (row.detail?.length) this.y += CELL_PAD_Y;
      this.doc
        .moveTo(this.left, this.y)
        .lineTo(this.left + this.width, this.y)
        .lineWidth(0.3)
        .strokeColor(STYLE.rule)
        .stroke();
    });
    this.y += opts.gap ?? 8;
  }

  /** Height of a row's notes, exact only when the cheap bound says they may not fit in `room`. */
  private detailHeight(row: Row, size: number, room: number): number {
    if (!row.detail?.length) return 0;
    this.font('regular', size - 0.6);
    const width = this.width - 2 * CELL_PAD_X - 10;
    const lineHeight = this.doc.currentLineHeight(true) + 0.5;
    const texts = row.detail.map((d) => pdfSafe(`${d.label} ${d.text}`));
    const bound = texts.reduce(
      (sum, t) => sum + t.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * (size - 0.6)) / width)), 0) * lineHeight + 1.5,
      0,
    );
    if (bound + CELL_PAD_Y <= room) return bound + CELL_PAD_Y;
    return texts.reduce((sum, t) => sum + this.doc.heightOfString(t, { width, lineGap: 0.5 }) + 1.5, 0) + CELL_PAD_Y;
  }
}
