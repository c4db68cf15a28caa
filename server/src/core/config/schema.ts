import { RULES } from '../rules/registry';
import { DEFAULT_LEXICON } from '../lexicon';
import { DEFAULT_PLAN_MAX_SIZE_KB } from '../config-model';

/**
 * JSON schema (draft-07) for `.okrrc.json`, generated from the rule registry. It describes (hover)
 * and suggests (completion) but validates nothing: the language server reports every config
 * mistake once, with a fix where there is one, in every editor and in the CLI (docs/decisions.md).
 * So no `type`, `enum`, bounds or `additionalProperties: false` here; suggestions are `examples`.
 */
export function configJsonSchema(): Record<string, unknown> {
  const severities = ['off', 'error', 'warning', 'info', 'hint'];
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of RULES) {
    const options = Object.entries(rule.options ?? {});
    const setting = options.length
      ? {
          examples: severities,
          defaultSnippets: [{ label: '[severity, options]', body: ['${1|warning,error,info,hint,off|}', Object.fromEntries(options.map(([k, o]) => [k, o.default]))] }],
          items: [{}, { properties: Object.fromEntries(options.map(([k, o]) => [k, { default: o.default, description: o.description }])) }],
        }
      : { examples: severities };
    const description = `${rule.code} ${rule.name} (default: ${rule.defaultSeverity}). ${rule.description}`;
    ruleProperties[rule.name] = { ...setting, description };
    ruleProperties[rule.code] = { ...setting, description };
  }
  const words = { description: 'Words to add to or remove from the list.', defaultSnippets: [{ body: ['$1'] }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Throughline configuration (.okrrc.json)',
    properties: {
      $schema: {},
      files: { description: 'Globs (relative to this file) of Markdown files that are plans besides `*.okr.md`.', defaultSnippets: [{ body: ['$1'] }] },
      rules: { description: 'Rule settings by name or code: "off", a severity, or [severity, options].', properties: ruleProperties },
      lexicon: {
        description: 'Extend the heuristic word lists the rules use.',
        properties: Object.fromEntries(Object.keys(DEFAULT_LEXICON).map((name) => [name, { properties: { add: words, remove: words } }])),
      },
      checkInMaxAgeDays: { description: 'How many days a key result may go without a check-in (stale-check-in).', default: 14 },
      planMaxSizeKb: {
        description: 'Above this size (kilobytes of UTF-8 text) a plan gets one OKR902 plan-too-large warning and only the structural rules run.',
        default: DEFAULT_PLAN_MAX_SIZE_KB,
      },
    },
  };
}
