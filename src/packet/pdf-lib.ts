import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import type PDFKit from 'pdfkit';

let pdfkit: typeof PDFKit | undefined;
let fontkit: typeof Fontkit | undefined;

// pdfkit and fontkit (about 1 MB bundled) are loaded on first use, as src/parse/yaml-lib.ts loads
// `yaml`: scripts/build.mjs splits them into dist/lib/, so no other command reads them at start-up.
const load = (name: string): unknown => (typeof require === 'function' ? require(name) : createRequire(import.meta.url)(name));

export function pdfkitLib(): typeof PDFKit {
  pdfkit ??= ((m: { default?: typeof PDFKit } & typeof PDFKit) => m.default ?? m)(load('pdfkit') as { default?: typeof PDFKit } & typeof PDFKit);
  return pdfkit;
}

export function fontkitLib(): typeof Fontkit {
  fontkit ??= load('fontkit') as typeof Fontkit;
  return fontkit;
}
