import type { Rule } from '../types';
import { missingPeriod } from './missing-period';

export const rules: Rule[] = [missingPeriod];
