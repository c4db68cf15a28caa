import type { Plan, TextProblem } from '../model';
import { LineIndex } from './positions';
import { parsePlan, type SectionCache } from './parser';
import { describeError } from '../describe-error';

/**
 * `parsePlan`, except that a failure of the parser costs this plan alone: the plan comes back
 * empty with one located problem, and every other plan is read and checked as usual.
 */
export function parsePlanGuarded(file: string, text: string, textProblems: TextProblem[] = [], cache?: SectionCache): Plan {
  try {
    return parsePlan(file, text, textProblems, cache);
  } catch (error) {
    const start = { line: 0, character: 0 };
    const problem: TextProblem = { message: `The plan could not be read (${describeError(error)}).`, range: { start, end: start }, unreadable: true };
    return { file, text, lineCount: new LineIndex(text).lineCount, textLength: text.length, nodes: [], suppressions: [], textProblems: [...textProblems, problem], unread: [], sections: [] };
  }
}
