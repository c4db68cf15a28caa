import type { Lexicon } from './lexicon';
import { DEFAULT_LEXICON } from './lexicon';
import type { Finding, Severity } from './rules/types';
import { RULES } from './rules/registry';
import { DEFAULT_CHECK_IN_MAX_AGE_DAYS, DEFAULT_PLAN_MAX_SIZE_KB } from './config/settings';

export { DEFAULT_CHECK_IN_MAX_AGE_DAYS, DEFAULT_PLAN_MAX_SIZE_KB } from './config/settings';

export interface RuleSetting {
  severity: Severity | 'off';
  options: Record<string, number>;
}

/** The configuration that applies to one plan: defaults merged with the nearest `.okrrc.json`. */
export interface ResolvedConfig {
  /** The `.okrrc.json` it came from, if any. */
  file?: string;
  /** Rule settings by code. */
  rules: Map<string, RuleSetting>;
  lexicon: Lexicon;
  checkInMaxAgeDays: number;
  /** Above this size (kilobytes of UTF-8, 1,024 bytes each) a plan gets one `plan-too-large` notice and only the structural rules. */
  planMaxSizeKb: number;
  /** Globs (relative to the config's folder) of Markdown files that are plans besides `*.okr.md`. */
  files: string[];
  /** Check plans of past periods that a later plan of the same team follows (by default they are indexed for navigation only). */
  checkPastPlans: boolean;
  /** Problems found in the config file itself, located in it. */
  problems: Finding[];
}

export function defaultRuleSettings(): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    const options: Record<string, number> = {};
    for (const [key, option] of Object.entries(rule.options ?? {})) options[key] = option.default;
    settings.set(rule.code, { severity: rule.defaultSeverity, options });
  }
  return settings;
}

export function defaultConfig(): ResolvedConfig {
  return {
    rules: defaultRuleSettings(),
    lexicon: DEFAULT_LEXICON,
    checkInMaxAgeDays: DEFAULT_CHECK_IN_MAX_AGE_DAYS,
    planMaxSizeKb: DEFAULT_PLAN_MAX_SIZE_KB,
    files: [],
    checkPastPlans: false,
    problems: [],
  };
}
