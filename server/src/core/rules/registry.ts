import type { Rule } from './types';
import { rules as alignment } from './alignment';
import { rules as focus } from './focus';
import { rules as mission } from './mission';
import { rules as objectives } from './objectives';
import { rules as keyResults } from './key-results';
import { rules as initiatives } from './initiatives';

/** Every rule, in catalog order. */
export const RULES: readonly Rule[] = [...alignment, ...focus, ...mission, ...objectives, ...keyResults, ...initiatives].sort(
  (a, b) => a.code.localeCompare(b.code),
);

const BY_KEY = new Map<string, Rule>();
for (const rule of RULES) {
  BY_KEY.set(rule.code.toLowerCase(), rule);
  BY_KEY.set(rule.name.toLowerCase(), rule);
}

/** A rule by code (`OKR401`) or name (`kr-not-measurable`), case-insensitively. */
export function findRule(codeOrName: string): Rule | undefined {
  return BY_KEY.get(codeOrName.trim().toLowerCase());
}

/** Where a rule's documentation lives (the Problems panel links here). */
export const DOCS_BASE_URL = 'https://github.com/throughline-okr/throughline/blob/main/docs/rules.md';

export function ruleDocsUrl(rule: Pick<Rule, 'code' | 'name'>): string {
  return `${DOCS_BASE_URL}#${rule.code.toLowerCase()}-${rule.name}`;
}
