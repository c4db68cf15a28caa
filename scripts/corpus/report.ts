/**
 * The content rules on the corpus of published plans: per rule, findings labelled true / false /
 * debatable / not yet judged, precision, and how many of the coach's notes were found.
 *   npm run corpus                 print the table
 *   npm run corpus -- --write      also write each plan's findings into its `.findings.json`,
 *                                  keeping the labels already given (new ones are `unjudged`)
 */
import { writeFileSync } from 'node:fs';
import { contentFindings, corpusScore, labelsPath } from '../../test/helpers/corpus';

const byPlan = contentFindings();
if (process.argv.includes('--write')) {
  for (const [plan, findings] of byPlan) writeFileSync(labelsPath(plan), `${JSON.stringify(findings, null, 2)}\n`);
}
const { perRule, coach } = corpusScore(byPlan);
const rows = [...perRule].sort(([a], [b]) => a.localeCompare(b));
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
console.log('| rule | findings | true | false | debatable | unjudged | precision |');
console.log('|---|---|---|---|---|---|---|');
const total = { true: 0, false: 0, debatable: 0, unjudged: 0 };
for (const [rule, c] of rows) {
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c[k];
  const all = c.true + c.false + c.debatable + c.unjudged;
  console.log(`| \`${rule}\` | ${all} | ${c.true} | ${c.false} | ${c.debatable} | ${c.unjudged} | ${pct(c.true, c.true + c.false + c.unjudged)} |`);
}
const all = total.true + total.false + total.debatable + total.unjudged;
console.log(`| **all content rules** | ${all} | ${total.true} | ${total.false} | ${total.debatable} | ${total.unjudged} | ${pct(total.true, total.true + total.false + total.unjudged)} |`);
console.log(`\nCoach's notes found: ${coach.found} of ${coach.flagged} (${pct(coach.found, coach.flagged)})`);
