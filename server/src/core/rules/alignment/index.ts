import type { Rule } from '../types';
import { unresolvedParent } from './unresolved-parent';
import { parentCycle } from './parent-cycle';
import { wrongParentKind } from './wrong-parent-kind';
import { duplicateId } from './duplicate-id';
import { orphanInitiative } from './orphan-initiative';
import { orphanObjective } from './orphan-objective';
import { objectiveWithoutKeyResults } from './objective-without-key-results';
import { missingPeriod } from './missing-period';
import { invalidFieldValue } from './invalid-field-value';
import { unknownField } from './unknown-field';
import { nodeNotRead } from './node-not-read';
import { orphanKeyResult } from './orphan-key-result';

export const rules: Rule[] = [
  unresolvedParent,
  parentCycle,
  wrongParentKind,
  duplicateId,
  orphanInitiative,
  orphanObjective,
  objectiveWithoutKeyResults,
  missingPeriod,
  invalidFieldValue,
  unknownField,
  nodeNotRead,
  orphanKeyResult,
];
