/**
 * The content rules on the corpus of published plans: per rule, findings labelled true / false /
 * debatable / not yet judged, precision, and how many of the coach's notes were found.
 *   npm run corpus                 print the table
 *   npm run corpus -- --write      also write each plan's findings into its `.findings.json`,
 *                                  keeping the labels already given (new ones are `unjudged`)
 */
import { writeFileSync } from 'node:fs';
import { contentFindings, labelsPath, precisionMarkdown } from './labels';

const byPlan = contentFindings();
if (process.argv.includes('--write')) {
  for (const [plan, findings] of byPlan) writeFileSync(labelsPath(plan), `${JSON.stringify(findings, null, 2)}\n`);
}
console.log(precisionMarkdown(byPlan));
