import type { Rule } from '../types';
import { tooManyObjectives } from './too-many-objectives';
import { tooManyKeyResults } from './too-many-key-results';
import { tooFewKeyResults } from './too-few-key-results';
import { duplicateObjective } from './duplicate-objective';

export const rules: Rule[] = [tooManyObjectives, tooManyKeyResults, tooFewKeyResults, duplicateObjective];
