// What each of the register's answers shows, and under which heading: one list for the text and the
// HTML renderers, so a terminal and the site name the same columns the same way.
import type { Answers, Question } from '../register/queries.js';

export interface Column<R> {
  heading: string;
  value: (row: R) => string | number;
  /** Sorted as a number in the site. */
  numeric?: boolean;
}

type Columns = { [Q in Question]: Column<Answers[Q][number]>[] };

export const QUESTION_TITLES: Readonly<Record<Question, string>> = {
  open: 'Open approvals',
  expiring: 'Approvals expiring',
  blocked: 'Blocked uses',
  undeclared: 'Undeclared media files',
  packs: 'Productions per pack version',
};

export const COLUMNS: Columns = {
  open: [
    { heading: 'Production', value: (r) => r.production || r.repository },
    { heading: 'Repository', value: (r) => r.repository },
    { heading: 'Declaration', value: (r) => r.path },
    { heading: 'Use', value: (r) => r.use },
    { heading: 'Waiting since', value: (r) => r.since },
    { heading: 'Days waiting', value: (r) => r.age_days, numeric: true },
    { heading: 'Rules', value: (r) => r.rules },
  ],
  expiring: [
    { heading: 'Expires on', value: (r) => r.expires_on },
    { heading: 'Days left', value: (r) => r.days_left, numeric: true },
    { heading: 'Production', value: (r) => r.production || r.repository },
    { heading: 'Repository', value: (r) => r.repository },
    { heading: 'Use', value: (r) => r.use },
    { heading: 'Approval', value: (r) => r.ref },
    { heading: 'Rules', value: (r) => r.rules },
  ],
  blocked: [
    { heading: 'Production', value: (r) => r.production || r.repository },
    { heading: 'Repository', value: (r) => r.repository },
    { heading: 'Declaration', value: (r) => r.path },
    { heading: 'Use', value: (r) => r.use },
    { heading: 'Rules', value: (r) => r.rules },
  ],
  undeclared: [
    { heading: 'Production', value: (r) => r.production || r.repository },
    { heading: 'Repository', value: (r) => r.repository },
    { heading: 'File', value: (r) => r.path },
    { heading: 'In deliverables', value: (r) => (r.in_deliverables ? 'yes' : 'no') },
    { heading: 'Source type', value: (r) => r.source_type },
  ],
  packs: [
    { heading: 'Pack version', value: (r) => r.pack },
    { heading: 'Productions', value: (r) => r.productions, numeric: true },
    { heading: 'Repositories', value: (r) => r.repositories },
  ],
};
