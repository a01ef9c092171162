import { dateFromLine } from './ticket-date.js';

describe('dateFromLine', () => {
  it.each([
    ['Thu Nov 26 00:41:35 UTC 2026', '2026-11-26T00:41:35.000Z'],
    ['Thu Nov 26 00:41:35 CET 2026', '2026-11-25T23:41:35.000Z'],
    ['Thu Jun 25 10:00:00 CEST 2026', '2026-06-25T08:00:00.000Z'],
    ['jeu. 26 nov. 2026 00:41:35 CET', 'jeu. 26 nov. 2026 00:41:35 CET'],
    ['Thu Nov 26 00:41:35 2026', 'Thu Nov 26 00:41:35 2026'],
  ])('%s → %s', (line, iso) => {
    expect(dateFromLine(line)).toBe(iso);
  });
  it('is null without a line', () => expect(dateFromLine(null)).toBeNull());
});
