import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { PdfFonts } from '../packet/pdf.js';

const FACES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/**
 * The fonts the packet's PDF embeds. The bundles sit beside dist/lib/fonts/, where scripts/build.mjs
 * copies them (so a packet is made offline); from source, the dejavu-fonts-ttf package has them.
 */
export function packetFonts(): PdfFonts {
  const path = (file: string) => {
    const bundled = fileURLToPath(new URL(`./lib/fonts/${file}`, import.meta.url));
    return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);
  };
  return { regular: readFileSync(path(FACES.regular)), bold: readFileSync(path(FACES.bold)) };
}
