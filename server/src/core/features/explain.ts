import type { Rule } from '../rules/types';
import { ruleDocsUrl } from '../rules/registry';
import { STRUCTURAL_RULES } from '../plan-size-limit';
import { DEFAULT_PLAN_MAX_SIZE_KB } from '../config-model';

function codeBlock(text: string): string {
  return ['```markdown', text, '```'].join('\n');
}

/**
 * A rule's full explanation in Markdown: what it flags, why it matters, a weak and a
 * strong example, how to fix it. The CLI's `explain`, the hovers and docs/rules.md show it.
 */
export function explainRule(rule: Rule): string {
  const options = Object.entries(rule.options ?? {});
  return [
    `### ${rule.code} ${rule.name}`,
    '',
    `**${rule.group}** · default severity: ${rule.defaultSeverity}`,
    '',
    rule.description,
    '',
    `**Why it matters.** ${rule.rationale}`,
    '',
    '**Weak**',
    '',
    codeBlock(rule.weak),
    '',
    '**Strong**',
    '',
    codeBlock(rule.strong),
    '',
    `**How to fix.** ${rule.fix}`,
    ...(options.length ? ['', `**Options.** ${options.map(([k, o]) => `\`${k}\` (default ${o.default}): ${o.description}`).join(' ')}`] : []),
    '',
    `Silence it on one line with \`<!-- okr-disable-next-line ${rule.name} -->\`, or set \`"${rule.name}": "off"\` in \`.okrrc.json\`. [Documentation](${ruleDocsUrl(rule)})`,
  ].join('\n');
}

const SYSTEM_EXPLANATIONS: Record<string, { title: string; severity: string; body: string; fix: string }> = {
  OKR900: {
    title: 'OKR900 invalid-config',
    severity: 'error when the file is not valid JSON or not an object, else warning',
    body: 'A `.okrrc.json` that cannot be used as written: JSON that does not parse, an unknown rule, a severity or option of the wrong kind. The diagnostic sits in the config file, on the broken part; everything else in the file still applies, and defaults stand in for what is broken. A suppression comment in a plan that names no rule (`<!-- okr-disable-next-line kr-not-measurabel -->`) silences nothing and is reported the same way, as a warning on the name. A misspelt rule name gets the rule it most likely meant as a quick fix.',
    fix: 'Correct the value the message names; the JSON schema behind `.okrrc.json` lists what each setting accepts.',
  },
  OKR901: {
    title: 'OKR901 unreadable-plan',
    severity: 'error',
    body: 'A plan that cannot be read as text: bytes that are not UTF-8, binary content, a file too large or not readable, or front matter that is not YAML. What can be read is still checked.',
    fix: 'Save the file as UTF-8 text, or fix the front matter between the `---` lines.',
  },
  OKR902: {
    title: 'OKR902 plan-too-large',
    severity: 'warning',
    body: `A plan larger than \`planMaxSizeKb\` (default ${DEFAULT_PLAN_MAX_SIZE_KB} KB of UTF-8 text) in \`.okrrc.json\`. So that checking it takes bounded time, in the editor as in CI, it gets this one diagnostic on its first line and only the structural rules run: ${[...STRUCTURAL_RULES].map((r) => `\`${r}\``).join(', ')}. Rules that read wording, values or check-ins, or look across the workspace, are skipped for it. Navigation (parents, chains, children) works as usual.`,
    fix: 'Split the plan into smaller plans that cascade with a front-matter `parent`, or raise `planMaxSizeKb` in `.okrrc.json`.',
  },
  OKR903: {
    title: 'OKR903 check-failed',
    severity: 'error',
    body: 'A rule, or the check as a whole, failed on this plan: its findings are missing, so the plan is not known to be clean. This is a bug in Throughline, never a problem of the plan; every other rule and plan is still checked.',
    fix: 'Report it with the plan (or the smallest part of it that still fails) and the message; meanwhile, turn the rule the message names `off` for that plan.',
  },
};

/** What to do about a system diagnostic, in a sentence or two; undefined for anything else. */
export function systemAdvice(code: string): string | undefined {
  return SYSTEM_EXPLANATIONS[code]?.fix;
}

/**
 * The explanation of a system diagnostic (`OKR900` to `OKR903`, by code or name), which is not a
 * rule and cannot be turned off; undefined for anything else.
 */
export function explainSystemCode(codeOrName: string): string | undefined {
  const key = codeOrName.trim().toLowerCase();
  const entry = Object.values(SYSTEM_EXPLANATIONS).find((e) => e.title.toLowerCase().split(' ').includes(key));
  if (!entry) return undefined;
  return [`### ${entry.title}`, '', `**System** · severity: ${entry.severity} (cannot be turned off, only fixed)`, '', entry.body, '', `**How to fix.** ${entry.fix}`].join('\n');
}
