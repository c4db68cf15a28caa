import type { Rule } from '../rules/types';
import { ruleDocsUrl } from '../rules/registry';

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
