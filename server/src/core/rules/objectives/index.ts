import type { Rule } from '../types';
import { objectiveHasMetric } from './objective-has-metric';
import { objectiveIsTask } from './objective-is-task';
import { missingOwner } from './missing-owner';
import { multipleOwners } from './multiple-owners';
import { missingTradeoff } from './missing-tradeoff';

export const rules: Rule[] = [objectiveHasMetric, objectiveIsTask, missingOwner, multipleOwners, missingTradeoff];
