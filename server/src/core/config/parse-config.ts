import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Finding, Severity } from '../rules/types';
import { SEVERITIES } from '../rules/types';
import { defaultConfig, type ResolvedConfig } from '../config-model';
import { DEFAULT_LEXICON, extendLexicon, type LexiconExtension, type LexiconName } from '../lexicon';
import { RULES, findRule } from '../rules/registry';
import { didYouMean } from '../did-you-mean';
import { LineIndex } from '../parse/positions';
import { CONFIG_SETTINGS, type SettingReaders } from './settings';

const SETTINGS_BY_KEY = new Map(CONFIG_SETTINGS.map((setting) => [setting.key, setting]));
const CONFIG_CODE = { code: 'OKR900', rule: 'invalid-config' } as const;

/** Collects located problems while a config is read. */
class ProblemLog {
  readonly problems: Finding[] = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly file: string,
    text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  at(node: Node | undefined, message: string, severity: Severity = 'warning', replacement?: { title: string; text: string }): void {
    const offset = node?.offset ?? 0;
    const length = node?.length ?? 0;
    // A key's problem points at the key; `node.parent` is the property when `node` is its value.
    const range = { start: this.lines.positionAt(offset), end: this.lines.positionAt(offset + length) };
    const problem: Finding = { file: this.file, ...CONFIG_CODE, severity, message, range };
    if (replacement) problem.fix = { title: replacement.title, edits: [{ file: this.file, range, newText: replacement.text }], repeatable: true };
    this.problems.push(problem);
  }

  syntax(error: ParseError): void {
    this.problems.push({
      file: this.file,
      ...CONFIG_CODE,
      severity: 'error',
      syntax: true,
      message: `The configuration is not valid JSON: ${describeError(error)}. The defaults apply.`,
      range: { start: this.lines.positionAt(error.offset), end: this.lines.positionAt(error.offset + Math.max(1, error.length)) },
    });
  }
}

function describeError(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function keyOf(property: Node): Node | undefined {
  return property.children?.[0];
}

function valueOf(property: Node): Node | undefined {
  return property.children?.[1];
}

function stringArray(node: Node | undefined, what: string, log: ProblemLog): string[] | undefined {
  if (node?.type !== 'array') {
    log.at(node, `${what} must be an array of strings.`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string') out.push(item.value as string);
    else log.at(item, `${what} must hold only strings.`);
  }
  return out;
}

const SETTINGS_OF_A_RULE: readonly (Severity | 'off')[] = ['off', ...SEVERITIES];

/** Words people write for a rule's setting that mean one the config takes (other tools' spellings). */
const SEVERITY_SPELLINGS = new Map<string, Severity | 'off'>([
  ['warn', 'warning'],
  ['err', 'error'],
  ['information', 'info'],
  ['note', 'info'],
  ['suggestion', 'hint'],
  ['none', 'off'],
  ['disabled', 'off'],
  ['disable', 'off'],
]);

/** The setting a written one most likely meant: the same in another case, another tool's spelling, or a near typo. */
function meantSeverity(written: string): Severity | 'off' | undefined {
  const lower = written.trim().toLowerCase();
  return SETTINGS_OF_A_RULE.find((s) => s === lower) ?? SEVERITY_SPELLINGS.get(lower) ?? didYouMean(lower, SETTINGS_OF_A_RULE);
}

function readSeverity(node: Node | undefined, log: ProblemLog): Severity | 'off' | undefined {
  if (node?.type === 'string' && (SETTINGS_OF_A_RULE as readonly string[]).includes(node.value as string)) return node.value as Severity | 'off';
  const found = `A rule setting must be "off", "error", "warning", "info" or "hint"; found ${node ? JSON.stringify(nodeValue(node)) : 'nothing'}`;
  const meant = node?.type === 'string' ? meantSeverity(node.value as string) : undefined;
  if (meant) log.at(node, `${found}: did you mean "${meant}"?`, 'warning', { title: `Change to "${meant}"`, text: JSON.stringify(meant) });
  else log.at(node, `${found}.`);
  return undefined;
}

function nodeValue(node: Node): unknown {
  return node.type === 'object' ? '{…}' : node.type === 'array' ? '[…]' : node.value;
}

function readRules(node: Node, config: ResolvedConfig, log: ProblemLog): void {
  if (node.type !== 'object') return log.at(node, '`rules` must be an object of rule names or codes to settings.');
  for (const property of node.children ?? []) {
    const key = keyOf(property);
    const value = valueOf(property);
    const name = String(key?.value ?? '');
    const rule = findRule(name);
    if (!rule) {
      const meant = didYouMean(name, RULES, (r) => [r.name, r.code]);
      const replacement = meant && (/\d/.test(name) ? meant.code : meant.name);
      if (replacement) log.at(key, `\`${name}\` is not a rule; did you mean \`${replacement}\`?`, 'warning', { title: `Change to \`${replacement}\``, text: JSON.stringify(replacement) });
      else log.at(key, `\`${name}\` is not a rule; use a code (\`OKR401\`) or a name (\`kr-not-measurable\`).`);
      continue;
    }
    const setting = config.rules.get(rule.code)!;
    const severityNode = value?.type === 'array' ? value.children?.[0] : value;
    const severity = readSeverity(severityNode, log);
    if (severity === undefined) continue;
    const options = { ...setting.options };
    const optionsNode = value?.type === 'array' ? value.children?.[1] : undefined;
    if (optionsNode) readRuleOptions(optionsNode, rule.name, rule.options ?? {}, options, log);
    config.rules.set(rule.code, { severity, options });
  }
}

function readRuleOptions(node: Node, ruleName: string, known: Record<string, unknown>, options: Record<string, number>, log: ProblemLog): void {
  if (node.type !== 'object') return log.at(node, `The options of \`${ruleName}\` must be an object.`);
  for (const property of node.children ?? []) {
    const key = String(keyOf(property)?.value ?? '');
    const value = valueOf(property);
    // Own keys only: `constructor` or `__proto__` must not pass as an option through the prototype.
    if (!Object.hasOwn(known, key)) {
      const names = Object.keys(known);
      log.at(keyOf(property), `\`${ruleName}\` has no option \`${key}\`${names.length ? `; it takes ${names.map((n) => `\`${n}\``).join(', ')}` : ''}.`);
    } else if (value?.type !== 'number' || !Number.isInteger(value.value) || (value.value as number) < 0) {
      log.at(value, `\`${ruleName}\` option \`${key}\` must be a whole number of 0 or more.`);
    } else {
      options[key] = value.value as number;
    }
  }
}

function readLexicon(node: Node, config: ResolvedConfig, log: ProblemLog): void {
  if (node.type !== 'object') return log.at(node, '`lexicon` must be an object of word lists.');
  const extensions: Partial<Record<LexiconName, LexiconExtension>> = {};
  for (const property of node.children ?? []) {
    const key = String(keyOf(property)?.value ?? '') as LexiconName;
    const value = valueOf(property);
    if (!Object.hasOwn(DEFAULT_LEXICON, key)) {
      log.at(keyOf(property), `\`${key}\` is not a word list; known lists: ${Object.keys(DEFAULT_LEXICON).map((k) => `\`${k}\``).join(', ')}.`);
      continue;
    }
    if (value?.type !== 'object') {
      log.at(value, `\`lexicon.${key}\` must be an object with \`add\` and/or \`remove\` arrays.`);
      continue;
    }
    const extension: LexiconExtension = {};
    for (const change of value.children ?? []) {
      const verb = String(keyOf(change)?.value ?? '');
      if (verb !== 'add' && verb !== 'remove') {
        log.at(keyOf(change), `\`lexicon.${key}\` takes \`add\` and \`remove\`; found \`${verb}\`.`);
        continue;
      }
      const words = stringArray(valueOf(change), `\`lexicon.${key}.${verb}\``, log);
      if (words) extension[verb] = words;
    }
    extensions[key] = extension;
  }
  config.lexicon = extendLexicon(DEFAULT_LEXICON, extensions);
}

/**
 * Parses `.okrrc.json` text (JSON with comments). Never throws: problems are located
 * findings in `file`, and the defaults apply to whatever part is broken.
 */
export function parseConfig(file: string, text: string): ResolvedConfig {
  const config: ResolvedConfig = { ...defaultConfig(), file };
  const log = new ProblemLog(file, text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !root) {
    if (errors[0]) log.syntax(errors[0]);
    else log.at(undefined, 'The configuration is empty; the defaults apply.', 'warning');
    return { ...config, problems: log.problems };
  }
  if (root.type !== 'object') {
    log.at(root, 'The configuration must be a JSON object; the defaults apply.', 'error');
    return { ...config, problems: log.problems };
  }
  const readers: SettingReaders = {
    strings: (node, what) => stringArray(node, what, log),
    rules: (node, into) => readRules(node, into, log),
    lexicon: (node, into) => readLexicon(node, into, log),
  };
  for (const property of root.children ?? []) {
    const key = String(keyOf(property)?.value ?? '');
    if (key === '$schema') continue;
    const setting = SETTINGS_BY_KEY.get(key);
    if (setting) setting.read(valueOf(property), config, log, readers);
    else log.at(keyOf(property), `\`${key}\` is not a setting; known settings: ${CONFIG_SETTINGS.map((s) => `\`${s.key}\``).join(', ')}.`);
  }
  return { ...config, problems: log.problems };
}

/** A `.okrrc.json` that is there but cannot be read (no permission, not a regular file): said in the file, the defaults apply. */
export function unreadableConfig(file: string, reason: string): ResolvedConfig {
  const log = new ProblemLog(file, '');
  log.at(undefined, `The configuration cannot be read: it ${reason}. The defaults apply.`, 'error');
  return { ...defaultConfig(), file, problems: log.problems };
}
