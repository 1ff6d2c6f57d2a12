import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOADED_PACKS } from '../src/generated/packs.js';
import { readPackDir } from '../src/io/files.js';
import { loadPack, loadPackSource } from '../src/policy/library.js';
import { ROOT } from './helpers.js';

describe('generated code (src/generated/)', () => {
  it('is what scripts/gen-validators.mjs makes of the schemas and packs today', () => {
    // A failure means a schema or a pack in policy/ changed: run `npm run build` and commit src/generated/ and dist/.
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts/gen-validators.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });

  it('a preloaded pack loads exactly as reading it in full does, and only with the same text in the same place', () => {
    const files = readPackDir(join(ROOT, 'policy'), ROOT);
    expect(PRELOADED_PACKS.map((p) => p.tail).sort()).toEqual(files.map((f) => f.path.split('/').slice(-2).join('/')).sort());
    for (const file of files) {
      const fast = loadPack(file);
      const full = loadPackSource(file);
      // Compiled conditions are functions; everything else (doc, rules, fingerprints, fields) must match.
      expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
      if ('errors' in fast || 'errors' in full) throw new Error(`${file.path} does not load`);
      expect(fast.rules.map((r) => r.condition.fields)).toEqual(full.rules.map((r) => r.condition.fields));
      expect(fast.refPattern.source).toBe(full.refPattern.source);
      expect([...fast.principles.keys()]).toEqual([...full.principles.keys()]);

      // An edited copy, or the same text in another folder, is read in full (and judged on its own).
      const text = 'bytes' in file ? Buffer.from(file.bytes).toString('utf8') : file.text;
      const edited = loadPack({ path: file.path, text: text.replace(/^version: .*$/m, 'version: 9.9.9') });
      expect('errors' in edited && edited.errors.map((e) => e.code)).toEqual(['pack-version-mismatch']);
      const moved = loadPack({ ...file, path: `elsewhere/${file.path.split('/').slice(-1)[0]}` });
      expect('errors' in moved && moved.errors.map((e) => e.code)).toEqual(['pack-name-mismatch']);
    }
  });
});
