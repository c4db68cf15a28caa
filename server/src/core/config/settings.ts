import type { Node } from 'jsonc-parser';
import type { ResolvedConfig } from '../config-model';
import { DEFAULT_LEXICON } from '../lexicon';
import { RULES } from '../rules/registry';

/** Where a setting's problems are reported while a config is read. */
export interface SettingProblems {
  at(node: Node | undefined, message: string): void;
}

/** The readers a structured setting's value needs: they live with the config parser. */
export interface SettingReaders {
  strings(node: Node | undefined, what: string): string[] | undefined;
  rules(node: Node, config: ResolvedConfig): void;
  lexicon(node: Node, config: ResolvedConfig): void;
}

/**
 * One key of `.okrrc.json`, declared once: `.okrrc.json` parsing, the JSON schema, the defaults
 * and the keys table of docs/configuration.md are derived from it.
 */
export interface ConfigSetting {
  key: string;
  /** What the value is, for docs/configuration.md. */
  value: string;
  /** The default, for docs/configuration.md. */
  defaultText: string;
  /** One line for the JSON schema and editors' hovers. */
  description: string;
  /** The JSON schema of the value (without its description): what editors describe and suggest; the server validates. */
  schema(): Record<string, unknown>;
  /** Reads the value into `config`; a value outside the setting's domain is a located problem and the default stays. */
  read(value: Node | undefined, config: ResolvedConfig, problems: SettingProblems, readers: SettingReaders): void;
}

/** A word list's suggestion (the schema validates nothing: the server reports mistakes once). */
const words = { description: 'Words to add to or remove from the list.', defaultSnippets: [{ body: ['$1'] }] };
const severities = ['off', 'error', 'warning', 'info', 'hint'];

/** A whole number of `unit`, 1 or more. */
function positiveWholeNumber(key: 'checkInMaxAgeDays' | 'planMaxSizeKb', unit: string, defaultValue: number, value: string, description: string): ConfigSetting {
  return {
    key,
    value,
    defaultText: `\`${defaultValue}\``,
    description,
    schema: () => ({ default: defaultValue }),
    read(node, config, problems) {
      if (node?.type === 'number' && Number.isInteger(node.value) && (node.value as number) > 0) config[key] = node.value as number;
      else problems.at(node, `\`${key}\` must be a whole number of ${unit}, 1 or more.`);
    },
  };
}

export const DEFAULT_CHECK_IN_MAX_AGE_DAYS = 14;
/**
 * 1 MB is some 37,000 lines of plan, far more than anyone writes by hand, and about where a
 * full check stops fitting between keystrokes (docs/decisions.md has the measurements).
 */
export const DEFAULT_PLAN_MAX_SIZE_KB = 1024;

function ruleSettingSchema(options: [string, { default: number; description: string }][]): Record<string, unknown> {
  if (!options.length) return { examples: severities };
  return {
    examples: severities,
    defaultSnippets: [{ label: '[severity, options]', body: ['${1|warning,error,info,hint,off|}', Object.fromEntries(options.map(([k, o]) => [k, o.default]))] }],
    items: [{}, { properties: Object.fromEntries(options.map(([k, o]) => [k, { default: o.default, description: o.description }])) }],
  };
}

/** Every key of `.okrrc.json` but `$schema`, in the order docs and messages list them. */
export const CONFIG_SETTINGS: ConfigSetting[] = [
  {
    key: 'files',
    value: 'globs, relative to the config’s folder, of Markdown files that are plans besides `*.okr.md`',
    defaultText: '`[]`',
    description: 'Globs (relative to this file) of Markdown files that are plans besides `*.okr.md`.',
    schema: () => ({ defaultSnippets: [{ body: ['$1'] }] }),
    read(node, config, _problems, readers) {
      config.files = readers.strings(node, '`files`') ?? [];
    },
  },
  {
    key: 'rules',
    value: 'per rule, by code (`OKR401`) or name (`kr-not-measurable`): `"off"`, `"error"`, `"warning"`, `"info"`, `"hint"`, or `[severity, { options }]`',
    defaultText: 'each rule’s default severity',
    description: 'Rule settings by name or code: "off", a severity, or [severity, options].',
    schema() {
      const properties: Record<string, unknown> = {};
      for (const rule of RULES) {
        const setting = { ...ruleSettingSchema(Object.entries(rule.options ?? {})), description: `${rule.code} ${rule.name} (default: ${rule.defaultSeverity}). ${rule.description}` };
        properties[rule.name] = setting;
        properties[rule.code] = setting;
      }
      return { properties };
    },
    read(node, config, _problems, readers) {
      if (node) readers.rules(node, config);
    },
  },
  {
    key: 'lexicon',
    value:
      'per word list, `{ "add": [...], "remove": [...] }`; lists: `taskVerbs` (verbs of tasks and deliverables, read by `objective-is-task` and `kr-is-task`; `deliverableVerbs` is another name for the same list, kept for older configs), `activityVerbs`, `laggingMetrics`, `positioningPhrases`, `deadlineWords`, `outcomeNouns` (outcomes and metrics that, as the object of a task verb, make it no task)',
    defaultText: 'the built-in lists',
    description: 'Extend the heuristic word lists the rules use.',
    schema: () => ({ properties: Object.fromEntries(Object.keys(DEFAULT_LEXICON).map((name) => [name, { properties: { add: words, remove: words } }])) }),
    read(node, config, _problems, readers) {
      if (node) readers.lexicon(node, config);
    },
  },
  positiveWholeNumber('checkInMaxAgeDays', 'days', DEFAULT_CHECK_IN_MAX_AGE_DAYS, 'whole number of days, 1 or more (`stale-check-in`)', 'How many days a key result may go without a check-in (stale-check-in).'),
  positiveWholeNumber(
    'planMaxSizeKb',
    'kilobytes',
    DEFAULT_PLAN_MAX_SIZE_KB,
    'whole number of kilobytes (1,024 bytes of UTF-8 text), 1 or more: above it a plan gets one `OKR902 plan-too-large` warning and only the structural rules run (see below)',
    'Above this size (kilobytes of UTF-8 text) a plan gets one OKR902 plan-too-large warning and only the structural rules run.',
  ),
  {
    key: 'checkPastPlans',
    value: '`true` or `false`: whether plans of past periods that a later plan of the same team follows (history a workspace keeps) are checked; see “Plans of past periods” below',
    defaultText: '`false`',
    description: 'Check plans of past periods that a later plan of the same team follows; by default they are indexed for navigation and checked only when opened.',
    schema: () => ({ default: false, examples: [true, false] }),
    read(node, config, problems) {
      if (node?.type === 'boolean') config.checkPastPlans = node.value as boolean;
      else problems.at(node, '`checkPastPlans` must be `true` or `false`.');
    },
  },
];

/** The keys table of docs/configuration.md, and the rules' options. */
export function configKeysTable(): string {
  const rows = CONFIG_SETTINGS.map((s) => `| \`${s.key}\` | ${s.value} | ${s.defaultText} |`);
  const options = RULES.flatMap((rule) => Object.entries(rule.options ?? {}).map(([key, option]) => `\`${rule.name}.${key}\` (${option.default})`));
  return ['| key | value | default |', '|---|---|---|', ...rows, '', `Rule options (whole numbers): ${options.join(', ')}.`].join('\n');
}

/** The editor settings (package.json `contributes.configuration`): `throughline.today`, the server trace, and one severity override per rule. */
export function editorSettings(): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    'throughline.today': {
      type: 'string',
      default: '',
      pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
      markdownDescription: 'Pin the date the date rules use (`YYYY-MM-DD`), e.g. to review a past quarter. Empty: today.',
    },
    'throughline.trace.server': {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      description: 'Log the messages between VS Code and the Throughline server to its output channel.',
    },
  };
  for (const rule of RULES) {
    properties[`throughline.rules.${rule.name}`] = {
      type: 'string',
      enum: ['default', 'off', 'error', 'warning', 'info', 'hint'],
      default: 'default',
      markdownDescription: `**${rule.code}** ${rule.description} Default severity: \`${rule.defaultSeverity}\`. \`default\` keeps what \`.okrrc.json\` says.`,
    };
  }
  return { title: 'Throughline', properties };
}
