import { CONFIG_SETTINGS } from './settings';

/**
 * JSON schema (draft-07) for `.okrrc.json`, derived from the settings' declarations
 * (`settings.ts`). It describes (hover) and suggests (completion) but validates nothing: the
 * language server reports every config mistake once, with a fix where there is one, in every
 * editor and in the CLI (docs/decisions.md). So no `type`, `enum`, bounds or
 * `additionalProperties: false` here; suggestions are `examples`.
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Throughline configuration (.okrrc.json)',
    properties: {
      $schema: {},
      ...Object.fromEntries(CONFIG_SETTINGS.map((setting) => [setting.key, { description: setting.description, ...setting.schema() }])),
    },
  };
}
