import { describe, expect, it } from 'vitest';
import { FORMATS, isFormat, render } from '../../src/render/index.js';
import { renderJson } from '../../src/render/json.js';
import { renderJunit } from '../../src/render/junit.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { failReport } from './fixtures.js';

describe('render', () => {
  it('lists the formats the CLI accepts', () => {
    expect(FORMATS).toEqual(['text', 'json', 'markdown', 'sarif', 'junit', 'ndjson']);
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('html')).toBe(false);
  });

  it('dispatches each format to its renderer with its options', () => {
    expect(render(failReport, 'text')).toBe(renderText(failReport, { color: false }));
    expect(render(failReport, 'text', { color: true })).toBe(renderText(failReport, { color: true }));
    expect(render(failReport, 'json')).toBe(renderJson(failReport));
    expect(render(failReport, 'markdown', { markdown: { form: 'compact' } })).toBe(renderMarkdown(failReport, { form: 'compact' }));
    expect(render(failReport, 'sarif', { sarif: { informationUri: 'https://x.example' } })).toBe(renderSarif(failReport, { informationUri: 'https://x.example' }));
    expect(render(failReport, 'junit')).toBe(renderJunit(failReport));
    expect(new Set(FORMATS.map((f) => render(failReport, f))).size).toBe(FORMATS.length);
  });
});
