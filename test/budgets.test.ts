/**
 * Budgets of the deterministic figures of `npm run bench` (bench/budgets.json), so that a regression
 * fails CI. Here: the round trips to Excel of each task-pane action, counted through the Office
 * adapter over the fake Excel, within budget and the same for one year, ten years (30 sheets) and ten
 * times the rows. The bytes of the task pane's initial JavaScript are checked in test/build.test.ts,
 * on the one production build the unit tests make.
 */
import budgets from '../bench/budgets.json';
import { ACTIONS, countSyncs, type SyncCounts } from '../bench/syncs';
import { DEFAULT_RULE_TEXT } from '../src/plan/dayRule';
import { DEFAULT_RULE } from '../src/taskpane/components/PlanForm';

const WORKBOOKS = [
  { name: '1 year', years: 1, rows: 1 },
  { name: '10 years', years: 10, rows: 1 },
  { name: '1 year, 10× rows', years: 1, rows: 10 },
];

const counts = new Map<string, SyncCounts>();

beforeAll(async () => {
  for (const w of WORKBOOKS) counts.set(w.name, await countSyncs(w.years, w.rows));
}, 120_000);

describe('round trips to Excel per action', () => {
  test('every action measured has a budget, and every budget an action', () => {
    expect(Object.keys(budgets.syncs).sort()).toEqual([...ACTIONS].sort());
  });

  test.each([...ACTIONS])('%s: within budget, as many for 10 years or 10× rows as for 1 year', (action) => {
    const measured = Object.fromEntries(WORKBOOKS.map((w) => [w.name, counts.get(w.name)![action]]));
    const one = measured['1 year']!;
    expect(one).toBeLessThanOrEqual(budgets.syncs[action]);
    expect(measured).toEqual(Object.fromEntries(WORKBOOKS.map((w) => [w.name, one])));
  });
});

test("the task pane's first rule is the core's default (written out to keep the core out of the first chunk)", () => {
  expect(DEFAULT_RULE).toBe(DEFAULT_RULE_TEXT);
});
