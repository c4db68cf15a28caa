import type { PlanNode, Quantity } from '../model';
import { fieldOf } from '../model';
import { krNumbersFromTitle, parseQuantity, parseUnitInterval, resolveRelativeTarget } from '../parse/quantity';
import type { KrValues } from './types';
import { LastRead } from '../last-read';

export function latestCheckIn(kr: PlanNode): PlanNode['checkIns'][number] | undefined {
  const dated = kr.checkIns.filter((c) => c.validDate);
  return dated.reduce<PlanNode['checkIns'][number] | undefined>((latest, c) => (!latest || c.date >= latest.date ? c : latest), undefined);
}

/** The quantity a key result's `Current` field says, if it has one that reads as a quantity. */
export function currentFromField(kr: PlanNode): Quantity | undefined {
  const field = fieldOf(kr, 'current');
  return field ? parseQuantity(field.value) : undefined;
}

/** Enough for the key results of the largest plan a check reads at once; views keep what they derive (progress, the map's items). */
const lastRead = new LastRead<PlanNode, KrValues>(8192);

/** Baseline, target, current and score of a key result, fields winning over the title; the rules of one check read them once (a node never changes). */
export function krValuesOf(kr: PlanNode): KrValues {
  return lastRead.get(kr, readKrValues);
}

function readKrValues(kr: PlanNode): KrValues {
  const fromTitle = krNumbersFromTitle(kr.title);
  const quantity = (name: string): Quantity | undefined => {
    const field = fieldOf(kr, name);
    return field ? parseQuantity(field.value) : undefined;
  };
  const values: KrValues = {};
  const baseline = quantity('baseline') ?? fromTitle.baseline;
  if (baseline) values.baseline = baseline;
  // A relative title target ("by 20%", "Double …") becomes absolute once the baseline is known.
  const target = quantity('target') ?? (baseline && resolveRelativeTarget(baseline, fromTitle)) ?? fromTitle.target;
  if (target) values.target = target;
  const latest = latestCheckIn(kr);
  const current = currentFromField(kr) ?? latest?.value;
  if (current) values.current = current;
  const scoreField = fieldOf(kr, 'score');
  const score = scoreField ? parseUnitInterval(scoreField.value) : undefined;
  if (score !== undefined) values.score = score;
  return values;
}

/**
 * A key result's progress from its own numbers, kept while the node lives: the roll-up of a
 * company plan with thousands of team plans under it reads every key result below it after
 * each change of the graph (each key typed in it). Only the number is kept, not the values
 * it comes from: a million key results' values would outweigh the rest of the model.
 */
export function krOwnProgress(kr: PlanNode): number | undefined {
  if (ownProgress.has(kr)) return ownProgress.get(kr);
  const progress = krProgress(krValuesOf(kr));
  ownProgress.set(kr, progress);
  return progress;
}

const ownProgress = new WeakMap<PlanNode, number | undefined>();

/** A key result's progress from its own numbers: `Score`, else current against baseline and target. */
export function krProgress(values: KrValues): number | undefined {
  if (values.score !== undefined) return values.score;
  const { baseline, target, current } = values;
  if (!baseline || !target || !current || target.value === baseline.value) return undefined;
  const progress = (current.value - baseline.value) / (target.value - baseline.value);
  return Math.min(1, Math.max(0, progress));
}

export function mean(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
}
