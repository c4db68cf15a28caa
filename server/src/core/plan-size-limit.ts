import type { Range } from './model';
import { rangeOfLine } from './model';
import type { ResolvedConfig, RuleSetting } from './config-model';
import { RULES } from './rules/registry';

/** The rules that still run on a plan above `planMaxSizeKb` (by name): those marked `structural` (see `Rule.structural`); a new rule is skipped on a huge plan unless it says otherwise. */
export const STRUCTURAL_RULES: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.structural).map((rule) => rule.name));

/** The length of `text` in UTF-8 bytes, the unit a file's size is measured in; a lone surrogate counts as the 3 bytes of U+FFFD. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const thousands = (n: number): string => n.toLocaleString('en-US');

/** The notice for a plan larger than `maxKb` kilobytes (1,024 bytes each), on its first line; undefined when it fits. */
export function planSizeProblem(text: string, maxKb: number): { message: string; range: Range } | undefined {
  const maxBytes = maxKb * 1024;
  // No UTF-16 unit takes more than 3 bytes, so most plans are cleared without counting.
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return undefined;
  // Rounded up, so a plan just above the limit never reads as equal to it.
  const sizeKb = Math.ceil(bytes / 1024);
  const firstLine = /^[^\r\n]*/.exec(text)![0];
  return {
    message: `This plan is ${thousands(sizeKb)} KB, above the ${thousands(maxKb)} KB limit (\`planMaxSizeKb\` in .okrrc.json): only the structural rules ran; rules that read wording, values or check-ins, or look across the workspace, were skipped.`,
    range: rangeOfLine(0, firstLine),
  };
}

const reducedConfigs = new WeakMap<ResolvedConfig, ResolvedConfig>();

/**
 * The config an oversized plan is checked with: every rule but the structural ones off, and no
 * size limit left to apply. The same object for the same config, so caches keyed on the config
 * (the server's per-section findings) keep working across edits.
 */
export function oversizedPlanConfig(config: ResolvedConfig): ResolvedConfig {
  let reduced = reducedConfigs.get(config);
  if (!reduced) {
    const rules = new Map<string, RuleSetting>(config.rules);
    for (const rule of RULES) {
      const setting = rules.get(rule.code);
      if (setting && !STRUCTURAL_RULES.has(rule.name)) rules.set(rule.code, { ...setting, severity: 'off' });
    }
    reduced = { ...config, rules, planMaxSizeKb: Number.POSITIVE_INFINITY };
    reducedConfigs.set(config, reduced);
  }
  return reduced;
}
