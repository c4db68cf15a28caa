import { RULES } from '../rules/registry';
import { DEFAULT_LEXICON } from '../lexicon';
import { DEFAULT_PLAN_MAX_SIZE_KB } from '../config-model';

/** JSON schema (draft-07) for `.okrrc.json`, generated from the rule registry. */
export function configJsonSchema(): Record<string, unknown> {
  const severity = { enum: ['off', 'error', 'warning', 'info', 'hint'] };
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of RULES) {
    const options = Object.entries(rule.options ?? {});
    const setting = options.length
      ? {
          oneOf: [
            severity,
            {
              type: 'array',
              items: [
                severity,
                {
                  type: 'object',
                  additionalProperties: false,
                  properties: Object.fromEntries(options.map(([k, o]) => [k, { type: 'integer', minimum: 0, default: o.default, description: o.description }])),
                },
              ],
              minItems: 1,
              maxItems: 2,
            },
          ],
        }
      : { oneOf: [severity, { type: 'array', items: [severity], minItems: 1, maxItems: 1 }] };
    const description = `${rule.code} ${rule.name} (default: ${rule.defaultSeverity}). ${rule.description}`;
    ruleProperties[rule.name] = { ...setting, description };
    ruleProperties[rule.code] = { ...setting, description };
  }
  const wordList = { type: 'array', items: { type: 'string' } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Throughline configuration (.okrrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      files: { description: 'Globs (relative to this file) of Markdown files that are plans besides `*.okr.md`.', ...wordList },
      rules: { description: 'Rule settings by name or code: "off", a severity, or [severity, options].', type: 'object', additionalProperties: false, properties: ruleProperties },
      lexicon: {
        description: 'Extend the heuristic word lists the rules use.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.keys(DEFAULT_LEXICON).map((name) => [name, { type: 'object', additionalProperties: false, properties: { add: wordList, remove: wordList } }]),
        ),
      },
      checkInMaxAgeDays: { description: 'How many days a key result may go without a check-in (stale-check-in).', type: 'integer', minimum: 1, default: 14 },
      planMaxSizeKb: {
        description: 'Above this size (kilobytes of UTF-8 text) a plan gets one OKR902 plan-too-large warning and only the structural rules run.',
        type: 'integer',
        minimum: 1,
        default: DEFAULT_PLAN_MAX_SIZE_KB,
      },
    },
  };
}
