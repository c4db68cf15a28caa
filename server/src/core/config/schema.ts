import { CONFIG_SETTINGS } from './settings';

/** JSON schema (draft-07) for `.okrrc.json`, derived from the settings' declarations (`settings.ts`). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Throughline configuration (.okrrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      ...Object.fromEntries(CONFIG_SETTINGS.map((setting) => [setting.key, { description: setting.description, ...setting.schema() }])),
    },
  };
}
