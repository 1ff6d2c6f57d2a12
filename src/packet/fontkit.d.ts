// The part of fontkit (the font engine pdfkit embeds fonts with) the PDF renderer asks directly.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
