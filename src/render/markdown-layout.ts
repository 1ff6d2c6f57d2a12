// The shapes the markdown renderer's parts share: how much is shown (the layout), a list under a
// heading, and what every part reads. Kept apart so the parts depend on these and not on each other.
import type { Report } from '../model/report.js';
import type { PrincipleLookup } from './words.js';

/** How much of each part is shown; successive layouts trade detail for length. */
export interface Layout {
  details: boolean;
  /** Remedies, fired values and rejected approvals under each open finding. */
  verbose: boolean;
  /** Use refs / approval refs listed per table cell; 0 = counts only. */
  cellItems: number;
  itemMax: number;
  textMax: number;
  /** Errors per file, fired paths per finding. */
  listMax: number;
}

export interface Group {
  heading: string;
  /** One markdown list item each (with its nested lines); the unit that truncation keeps or drops. */
  items: string[];
}

export interface Context {
  report: Report;
  layout: Layout;
  lookup: PrincipleLookup;
  multiFile: boolean;
  commands?: ReadonlyMap<string, string> | undefined;
}
