import type { Finding } from '../../core/rules/types';
import type { Formatter } from './types';
import { indentedJson, safeJson } from '../terminal-text';
import { RULES, ruleDocsUrl } from '../../core/rules/registry';
import { SYSTEM_CODES } from '../../core/engine';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** A path as a URI reference: each segment percent-encoded (`#`, `?`, `%`, spaces…); relative to the source root unless absolute. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? { uri: `file://${encoded}` } : { uri: encoded, uriBaseId: '%SRCROOT%' };
}

/** Where the results go in the log as `safeJson` writes it: the text before and after is written around them. */
const RESULTS = '@@results@@';

/** SARIF 2.1.0, with the rule catalog as the tool's rules. */
export const formatSarif: Formatter = ({ relative }) => {
  const rules = [
    ...RULES.map((r) => ({
      id: r.code,
      name: r.name,
      shortDescription: { text: r.description },
      fullDescription: { text: r.rationale },
      helpUri: ruleDocsUrl(r),
      help: { text: r.fix },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    })),
    ...Object.values(SYSTEM_CODES).map((s) => ({ id: s.code, name: s.name, shortDescription: { text: s.name }, defaultConfiguration: { level: LEVEL[s.severity] } })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const result = (f: Finding) => ({
    ruleId: f.code,
    ruleIndex: index.get(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(relative(f.file)),
          region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
        },
      },
    ],
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'throughline', informationUri: 'https://github.com/throughline-okr/throughline', rules } }, columnKind: 'utf16CodeUnits', results: RESULTS }],
  };
  const [before, after] = safeJson(log).split(`"${RESULTS}"`) as [string, string];
  let written = 0;
  return {
    start: () => before,
    file(findings) {
      const opening = written ? ',\n        ' : '[\n        ';
      written += findings.length;
      return opening + findings.map((f) => indentedJson(result(f), 8)).join(',\n        ');
    },
    end: () => `${written ? '\n      ]' : '[]'}${after}\n`,
  };
};
