import type { Rule } from '../types';
import { missionIsAGoal } from './mission-is-a-goal';
import { missionIsPositioning } from './mission-is-positioning';
import { missionIncomplete } from './mission-incomplete';
import { multipleMissions } from './multiple-missions';

export const rules: Rule[] = [missionIsAGoal, missionIsPositioning, missionIncomplete, multipleMissions];
