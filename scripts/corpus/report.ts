/**
 * The content rules on the corpus of published plans: per rule, findings labelled true / false /
 * debatable / not yet judged, precision, and how many of the coach's notes were found.
 *   npm run corpus                 print the table
 *   npm run corpus -- --write      also write each plan's findings into its `.findings.json`,
 *                                  keeping the labels already given (new ones are `unjudged`);
 *                                  a finding labelled true that no longer fires is kept, so the
 *                                  corpus test still reports it lost, and so is one labelled false,
 *                                  so that it is known as false if it comes back
 *   npm run corpus -- --missed     also list each coach's note no finding covers (plan:line, weakness, text)
 */
import { writeFileSync } from 'node:fs';
import { contentFindings, labelsOf, labelsPath, missedNotes, precisionMarkdown } from './labels';

const byPlan = contentFindings();
if (process.argv.includes('--write')) {
  for (const [plan, findings] of byPlan) {
    const now = new Set(findings.map((f) => `${f.line} ${f.rule}`));
    const gone = labelsOf(plan).filter((l) => (l.label === 'true' || l.label === 'false') && !now.has(`${l.line} ${l.rule}`));
    const kept = [...findings, ...gone].sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
    writeFileSync(labelsPath(plan), `${JSON.stringify(kept, null, 2)}\n`);
  }
}
console.log(precisionMarkdown(byPlan));
if (process.argv.includes('--missed')) {
  console.log('\nMissed notes:');
  for (const { plan, note } of missedNotes(byPlan)) console.log(`- ${plan}:${note.line} \`${note.weakness}\` ${note.text}`);
}
