// The order of the report's words, in one place: which level, and which principle status, is the more
// severe. Renderers own how the words are shown; these say which wins.
import type { Level, PrincipleStatus } from './report.js';

export const LEVEL_RANK: Readonly<Record<Level, number>> = { inform: 0, escalate: 1, block: 2 };

export const PRINCIPLE_STATUS_RANK: Readonly<Record<PrincipleStatus, number>> = { clear: 0, noted: 1, approved: 2, 'needs-approval': 3, blocked: 4 };
