import type { Rule } from '../types';
import { krWithoutInitiatives } from './kr-without-initiatives';
import { initiativePastDue } from './initiative-past-due';

export const rules: Rule[] = [krWithoutInitiatives, initiativePastDue];
