import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { failReport, hostileReport } from './fixtures.js';

describe('renderJson', () => {
  it('is the report as-is: 2-space indented, one trailing newline, round-trips exactly', () => {
    const out = renderJson(failReport);
    expect(out).toBe(`${JSON.stringify(failReport, null, 2)}\n`);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(out)).toEqual(failReport);
  });

  it('keeps hostile text intact (JSON escapes it) and is deterministic', () => {
    const out = renderJson(hostileReport);
    expect(JSON.parse(out)).toEqual(hostileReport);
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    expect(renderJson(structuredClone(hostileReport))).toBe(out);
  });
});
