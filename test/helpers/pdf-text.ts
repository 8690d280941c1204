import { unzlibSync } from "fflate";

/**
 * The text of each page of a PDF, in page order, enough to check what LibreOffice prints
 * (the machine has no pdftotext). It reads what LibreOffice's PDF export writes: plain
 * objects with a cross-reference table, Flate-compressed streams, and fonts whose
 * ToUnicode CMap maps each glyph code to its text. Each text object (BT … ET) of a page
 * is one line of the result. Anything else it meets is an error, never a silent blank.
 */
export function pdfPages(bytes: Uint8Array): PdfPage[] {
  const pdf = new Pdf(bytes);
  return pdf.pages().map((page) => ({ text: pdf.pageText(page), ...pdf.size(page) }));
}

export interface PdfPage {
  text: string;
  /** The page's size in points (its MediaBox): wider than high when printed landscape. */
  width: number;
  height: number;
}

type Ref = number;

class Pdf {
  private readonly raw: string;
  private readonly objects = new Map<Ref, { start: number; end: number }>();
  private readonly cmaps = new Map<Ref, { bytes: number; map: Map<number, string> }>();

  constructor(private readonly bytes: Uint8Array) {
    this.raw = Buffer.from(bytes).toString("latin1");
    const at = /(\d+) 0 obj\b/g;
    let m: RegExpExecArray | null;
    while ((m = at.exec(this.raw))) {
      const end = this.raw.indexOf("endobj", m.index);
      if (end < 0) throw new Error(`object ${m[1]} has no endobj`);
      this.objects.set(Number(m[1]), { start: m.index + m[0].length, end });
      at.lastIndex = end;
    }
    if (this.objects.size === 0) throw new Error("not a PDF with plain objects");
  }

  /** An object's dictionary text (before any stream). */
  private dict(ref: Ref): string {
    const o = this.objects.get(ref);
    if (!o) throw new Error(`no object ${ref}`);
    const body = this.raw.slice(o.start, o.end);
    const s = body.indexOf("stream");
    return s >= 0 ? body.slice(0, s) : body;
  }

  private number(value: string): number {
    const ref = /^\s*(\d+) 0 R/.exec(value);
    if (ref) return Number(this.dict(Number(ref[1])).trim());
    return Number(value.trim().split(/[\s/>]/)[0]);
  }

  /** A stream's content, inflated when Flate-compressed. */
  private stream(ref: Ref): string {
    const o = this.objects.get(ref)!;
    const dict = this.dict(ref);
    const length = /\/Length\s+(\d+ 0 R|\d+)/.exec(dict);
    if (!length) throw new Error(`stream ${ref} has no /Length`);
    let start = this.raw.indexOf("stream", o.start) + "stream".length;
    if (this.raw[start] === "\r") start++;
    if (this.raw[start] === "\n") start++;
    const data = this.bytes.subarray(start, start + this.number(length[1]));
    const filter = /\/Filter\s*\/(\w+)/.exec(dict)?.[1];
    if (filter && filter !== "FlateDecode")
      throw new Error(`stream ${ref}: filter ${filter} not read`);
    return Buffer.from(filter ? unzlibSync(data) : data).toString("latin1");
  }

  private refAfter(dict: string, key: string): Ref | null {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : null;
  }

  /** Page objects in order: the catalog's page tree, depth first. */
  pages(): Ref[] {
    const trailer = this.raw.slice(this.raw.lastIndexOf("trailer"));
    const root = this.refAfter(trailer, "Root");
    if (root === null) throw new Error("no /Root in the trailer");
    const out: Ref[] = [];
    const walk = (ref: Ref) => {
      const d = this.dict(ref);
      if (/\/Type\s*\/Pages\b/.test(d)) {
        const kids = /\/Kids\s*\[([^\]]*)\]/.exec(d)![1];
        for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
      } else out.push(ref);
    };
    walk(this.refAfter(this.dict(root), "Pages")!);
    return out;
  }

  /** The MediaBox of the page, or of the page tree node it inherits it from. */
  size(page: Ref): { width: number; height: number } {
    for (let ref: Ref | null = page; ref !== null; ref = this.refAfter(this.dict(ref), "Parent")) {
      const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(
        this.dict(ref)
      );
      if (box)
        return { width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) };
    }
    throw new Error(`page ${page} has no MediaBox`);
  }

  /** The page's fonts by resource name, each as the CMap that turns its codes into text. */
  private fonts(page: Ref): Map<string, { bytes: number; map: Map<number, string> }> {
    let resources = this.dict(page);
    const resRef = this.refAfter(resources, "Resources");
    if (resRef !== null) resources = this.dict(resRef);
    const fontRef = this.refAfter(resources, "Font");
    const fontDict =
      fontRef !== null ? this.dict(fontRef) : (/\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? "");
    const out = new Map<string, { bytes: number; map: Map<number, string> }>();
    for (const f of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const toUnicode = this.refAfter(this.dict(Number(f[2])), "ToUnicode");
      if (toUnicode !== null) out.set(f[1], this.cmap(toUnicode));
    }
    return out;
  }

  private cmap(ref: Ref): { bytes: number; map: Map<number, string> } {
    const cached = this.cmaps.get(ref);
    if (cached) return cached;
    const text = this.stream(ref);
    const map = new Map<number, string>();
    const utf16 = (hex: string) =>
      String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
    let bytes = 1;
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        bytes = m[1].length / 2;
        map.set(parseInt(m[1], 16), utf16(m[2]));
      }
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const m of block[1].matchAll(
        /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g
      )) {
        bytes = m[1].length / 2;
        const lo = parseInt(m[1], 16);
        const hi = parseInt(m[2], 16);
        if (m[3].startsWith("[")) {
          [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1])));
        } else {
          const base = utf16(m[3].slice(1, -1));
          for (let c = lo; c <= hi; c++)
            map.set(
              c,
              base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - lo))
            );
        }
      }
    }
    const out = { bytes, map };
    this.cmaps.set(ref, out);
    return out;
  }

  /** The page's text: each text object one line, its strings decoded through the current font. */
  pageText(page: Ref): string {
    const d = this.dict(page);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(d);
    if (!contents) return "";
    const streams = [...contents[1].matchAll(/(\d+) 0 R/g)]
      .map((m) => this.stream(Number(m[1])))
      .join("\n");
    const fonts = this.fonts(page);
    const lines: string[] = [];
    let line = "";
    let font: { bytes: number; map: Map<number, string> } | undefined;
    const decode = (codes: number[]) => {
      if (!font) throw new Error("text shown before a font is set");
      const f = font;
      let s = "";
      for (let i = 0; i + f.bytes <= codes.length; i += f.bytes) {
        let code = 0;
        for (let k = 0; k < f.bytes; k++) code = code * 256 + codes[i + k];
        s += f.map.get(code) ?? "\uFFFD";
      }
      return s;
    };
    const literal = (s: string): number[] => {
      const out: number[] = [];
      for (let i = 0; i < s.length; i++) {
        if (s[i] !== "\\") {
          out.push(s.charCodeAt(i));
          continue;
        }
        const next = s[++i];
        const oct = /^[0-7]{1,3}/.exec(s.slice(i));
        if (oct) {
          out.push(parseInt(oct[0], 8));
          i += oct[0].length - 1;
        } else
          out.push(
            ({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ??
              next.charCodeAt(0)
          );
      }
      return out;
    };
    // A marked-content dictionary (/Span <</ActualText <FEFF…>>>) is passed over: its glyphs follow as text.
    const token =
      /\/([\w.+-]+)\s+[\d.]+\s+Tf|<<[^]*?>>\s*BDC|<([0-9A-Fa-f\s]*)>|\(((?:\\[\s\S]|[^\\)])*)\)|\b(BT|ET)\b/g;
    let m: RegExpExecArray | null;
    while ((m = token.exec(streams))) {
      if (m[1] !== undefined) {
        font = fonts.get(m[1]);
        if (!font) throw new Error(`font ${m[1]} has no ToUnicode map`);
      } else if (m[0].endsWith("BDC")) {
        continue;
      } else if (m[2] !== undefined) {
        const hex = m[2].replace(/\s/g, "");
        line += decode((hex.match(/.{2}/g) ?? []).map((h) => parseInt(h, 16)));
      } else if (m[3] !== undefined) line += decode(literal(m[3]));
      else if (m[4] === "ET") {
        lines.push(line);
        line = "";
      }
    }
    return lines.join("\n");
  }
}
