// docs/pipeline.md is a map a newcomer trusts: every file, folder and function it names must exist,
// and each function must be exported by the file the row names, so the map cannot go stale unseen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const DOC = readFileSync(join(ROOT, 'docs/pipeline.md'), 'utf8');

interface Row {
  stage: string;
  folder: string;
  file: string;
  name: string;
}

/** The table rows: `| stage | \`folder/\` | \`file\` \`function\` |`. */
function rows(markdown: string): Row[] {
  return [...markdown.matchAll(/^\| (.+?) \| `([^`]+\/)` \| `([^`]+)` `([^`]+)` \|$/gm)].map((m) => ({
    stage: m[1] as string,
    folder: m[2] as string,
    file: m[3] as string,
    name: m[4] as string,
  }));
}

/** What is wrong with a row, or undefined when its folder, file and exported function all exist. */
function problem(row: Row): string | undefined {
  if (!existsSync(join(ROOT, row.folder))) return `${row.stage}: no folder ${row.folder}`;
  if (!row.file.startsWith(row.folder)) return `${row.stage}: ${row.file} is not in ${row.folder}`;
  if (!existsSync(join(ROOT, row.file))) return `${row.stage}: no file ${row.file}`;
  const text = readFileSync(join(ROOT, row.file), 'utf8');
  const exported = new RegExp(`^export (?:async )?(?:function\\*? |const |class |interface |type )${row.name}\\b`, 'm');
  return exported.test(text) ? undefined : `${row.stage}: ${row.file} exports no ${row.name}`;
}

/** Every repository path in backticks (`src/…`, `action/…`, `test/…`, `docs/…`). */
const pathsNamed = (markdown: string) => [...markdown.matchAll(/`((?:src|action|test|docs)\/[^`\s]*)`/g)].map((m) => m[1] as string);

describe('docs/pipeline.md', () => {
  it('names, for every stage, a folder, a file in it and a function that file exports', () => {
    const found = rows(DOC);
    expect(found.length).toBeGreaterThanOrEqual(25);
    expect(found.map(problem).filter((p) => p !== undefined)).toEqual([]);
  });

  it('every path it names exists, and so do the types it points at', () => {
    expect(pathsNamed(DOC).filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
    expect(problem({ stage: 'report', folder: 'src/model/', file: 'src/model/report.ts', name: 'Report' })).toBeUndefined();
    expect(problem({ stage: 'grant', folder: 'src/model/', file: 'src/model/grant.ts', name: 'Grant' })).toBeUndefined();
  });

  it('a renamed function, a moved file or a wrong folder is caught (the check can fail)', () => {
    const [row] = rows('| Read | `src/documents/` | `src/documents/read.ts` `readDocument` |\n');
    if (!row) throw new Error('the row pattern does not read a table row');
    expect(problem(row)).toBeUndefined();
    expect(problem({ ...row, name: 'readDocuments' })).toMatch(/exports no readDocuments/);
    expect(problem({ ...row, file: 'src/documents/reader.ts', folder: 'src/documents/' })).toMatch(/no file/);
    expect(problem({ ...row, folder: 'src/parse/' })).toMatch(/is not in src\/parse\//);
    expect(pathsNamed('see `src/no-such-file.ts`').filter((p) => !existsSync(join(ROOT, p)))).toEqual(['src/no-such-file.ts']);
  });

  it('the README links to it', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/pipeline.md)');
  });
});
