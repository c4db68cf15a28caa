/**
 * A markdown-it plugin for VS Code's Markdown preview of plans (contributed through
 * `contributes.markdown.markdownItPlugins`; `activate` returns `extendMarkdownIt`). Markdown joins
 * `Owner: @lee` and `Type: committed` on consecutive lines into one line of prose; in a plan they
 * are fields, so each keeps its own line. A `Parent` reference becomes a link to the node it names,
 * and each node's heading carries an anchor named by its id (`#KR1.2`), so those links land.
 * No `vscode` import: the unit tests run it on markdown-it from node_modules.
 */

/** The parts of markdown-it's token this plugin reads and writes. */
interface Token {
  type: string;
  tag: string;
  content: string;
  children: Token[] | null;
  attrs: [string, string][] | null;
  attrSet(name: string, value: string): void;
}

interface CoreState {
  tokens: Token[];
  env: unknown;
  Token: new (type: string, tag: string, nesting: number) => Token;
}

/** The parts of a markdown-it instance this plugin uses. */
export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: CoreState) => void): void } };
  utils: { escapeHtml(text: string): string };
}

/** A field line's start: a key of one to three words and a colon (`Owner:`, `Check-ins:`, `Parent:`). */
const FIELD_START = /^[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2}:(?:\s|$)/;
/** A `Parent` field's text, its value after the colon. */
const PARENT_FIELD = /^(Parent:\s*)(\S.*)$/i;
/** A node keyword and id at the start of a heading: `Objective O1:`, `KR 1.2:`, `Key Result 1.2:`, `Initiative I1.2.1:`. */
const NODE_HEADING = /^(?:objective\s+(?:o\s*)?(\d+)|o(\d+)|kr\s*(\d+(?:\.\d+)*)|key\s+result\s+(\d+(?:\.\d+)*)|initiative\s+(?:i\s*)?(\d+(?:\.\d+)*))\s*:/i;

/** The id a node heading declares (`KR 1.2: …` → `KR1.2`), if it declares one. */
export function headingId(text: string): string | undefined {
  const m = NODE_HEADING.exec(text.trim());
  if (!m) return undefined;
  if (m[1] ?? m[2]) return `O${m[1] ?? m[2]}`;
  if (m[3] ?? m[4]) return `KR${m[3] ?? m[4]}`;
  return `I${m[5]}`;
}

/** Where a `Parent` value points in the preview: `../company/2026-Q1.okr.md#KR1.2` as written, a bare id as this page's anchor. */
export function parentHref(value: string): string | undefined {
  const m = /^(?:(\S+?\.md)(?:#(\S+))?|((?:KR|O|I)\s?\d+(?:\.\d+)*))$/i.exec(value.trim());
  if (!m) return undefined;
  if (m[3]) return `#${m[3].replace(/\s+/g, '').toUpperCase()}`;
  return m[2] ? `${encodeURI(m[1]!)}#${m[2].toUpperCase()}` : encodeURI(m[1]!);
}

/** True when the document being rendered is a plan (by its name); without a document (tests, notebooks) the plugin applies. */
function renderingPlan(env: unknown): boolean {
  const document = (env as { currentDocument?: { path?: string } } | undefined)?.currentDocument;
  return !document?.path || /\.okr\.md$/i.test(document.path);
}

function isParentItem(tokens: Token[], at: number): boolean {
  return at === 0 || tokens[at - 1]!.type === 'softbreak' || tokens[at - 1]!.type === 'hardbreak';
}

/** Fields on their own lines, `Parent` values as links, ids as heading anchors. */
export function okrPreviewPlugin(md: MarkdownItLike): void {
  md.core.ruler.push('okr_plan', (state) => {
    if (!renderingPlan(state.env)) return;
    state.tokens.forEach((block, index) => {
      if (block.type !== 'inline' || !block.children) return;
      const opener = state.tokens[index - 1];
      if (opener?.type === 'heading_open') {
        const id = headingId(block.content);
        if (id) {
          const anchor = new state.Token('html_inline', '', 0);
          anchor.content = `<a id="${md.utils.escapeHtml(id)}" class="okr-node-anchor"></a>`;
          block.children.unshift(anchor);
        }
      }
      const children: Token[] = [];
      block.children.forEach((token, at, all) => {
        const next = all[at + 1];
        if (token.type === 'softbreak' && next?.type === 'text' && FIELD_START.test(next.content)) {
          children.push(new state.Token('hardbreak', 'br', 0));
          return;
        }
        const parent = token.type === 'text' && isParentItem(all, at) ? PARENT_FIELD.exec(token.content) : null;
        const href = parent ? parentHref(parent[2]!) : undefined;
        if (!parent || !href) {
          children.push(token);
          return;
        }
        const key = new state.Token('text', '', 0);
        key.content = parent[1]!;
        const open = new state.Token('link_open', 'a', 1);
        open.attrSet('href', href);
        open.attrSet('class', 'okr-parent-link');
        const text = new state.Token('text', '', 0);
        text.content = parent[2]!;
        const close = new state.Token('link_close', 'a', -1);
        children.push(key, open, text, close);
      });
      block.children = children;
    });
  });
}
