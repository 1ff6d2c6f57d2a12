import type { LoadedDeclaration } from '../declaration/load.js';
import { loadDeclaration } from '../declaration/load.js';

export interface DeclarationInput {
  /** Path as shown to users (relative to the repository root, forward slashes). */
  path: string;
  /** Raw bytes are preferred: they are decoded strictly, so a non-UTF-8 file is reported, not misread. */
  text: string | Uint8Array;
  /** The same file at the base of the change, to mark uses added, changed or removed. */
  baseText?: string | Uint8Array;
}

/**
 * A declaration read once, with its base: what the shells hand the asset index and evaluate(), so no
 * stage parses the same text again.
 */
export interface LoadedInput extends DeclarationInput {
  loaded: LoadedDeclaration;
  base?: LoadedDeclaration;
}

/** How a declaration is read; injected so a test can count the reads of a whole run. */
export type DeclarationReader = (path: string, content: string | Uint8Array) => LoadedDeclaration;

export function loadInput(file: DeclarationInput | LoadedInput, read: DeclarationReader = loadDeclaration): LoadedInput {
  if ('loaded' in file) return file;
  const base = file.baseText === undefined ? undefined : read(file.path, file.baseText);
  return { ...file, loaded: read(file.path, file.text), ...(base ? { base } : {}) };
}
