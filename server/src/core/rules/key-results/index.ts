import type { Rule } from '../types';
import { krNotMeasurable } from './kr-not-measurable';
import { krIsTask } from './kr-is-task';
import { krMeasuresActivity } from './kr-measures-activity';
import { krMissingBaseline } from './kr-missing-baseline';
import { allKeyResultsLagging } from './all-key-results-lagging';
import { staleCheckIn } from './stale-check-in';
import { krNoChange } from './kr-no-change';
import { krProgressRegressing } from './kr-progress-regressing';

export const rules: Rule[] = [
  krNotMeasurable,
  krIsTask,
  krMeasuresActivity,
  krMissingBaseline,
  allKeyResultsLagging,
  staleCheckIn,
  krNoChange,
  krProgressRegressing,
];
