import type { Table, TableCell, TableRow } from 'mdast';
import type { NodeKind } from '../model';
import type { LineIndex } from './positions';
import { NODE_ID_WRITTEN, normalizeId, readNodeDeclaration, type NodeDeclaration } from './node-line';

/** A cell read as a node: its declaration and the column its text starts at. */
export interface TableNodeCell {
  declaration: NodeDeclaration;
  start: number;
  /** The id the cell held alone (`| KR1.1 | … |`, `KR1.1`), the statement taken from the next cell. */
  idAlone?: string;
}

/** A cell under a column that names a field (`Owner`, `Target`, …). */
export interface TableFieldCell {
  key: string;
  value: string;
  start: number;
}

export interface OkrTableRow {
  /** Section-relative line. */
  line: number;
  objective?: TableNodeCell;
  /** The row repeats an objective of an earlier row by its id alone (`| O1 | KR2: … |`): the index of that row. */
  objectiveOf?: number;
  /** The row's key result, or several where one cell holds them joined with `<br>` (`1. … <br>2. …`). */
  krs: TableNodeCell[];
  fields: TableFieldCell[];
}

export interface OkrTable {
  headerLine: number;
  rows: OkrTableRow[];
}

/** The objective's column named in Spanish, Portuguese, French, Italian, German or Dutch: also an aim or a destination. */
const FOREIGN_OBJECTIVE_WORDS = String.raw`objetivos?|objectifs?|obiettiv[oi]|ziele?|doel(?:en|stellingen?)?`;

/** Header words that name a node column. */
const NODE_COLUMNS: { kind: NodeKind; re: RegExp }[] = [
  // `O` alone, or glossed (`O(Objects)`), heads the objectives beside a `KR` column; so do the words in Chinese, Japanese and Korean.
  // In Spanish, Portuguese, French, Italian, German and Dutch: `Objetivo`, `Objectif`, `Obiettivo`, `Ziel`, `Doel`.
  { kind: 'objective', re: new RegExp(String.raw`^(?:(?:(?:company|team|quarterly|annual)\s+)?(?:objectives?|goals?)(?:\s+[-–—:]\s+[^()|]{1,40})?|o|目标|目標|목표|${FOREIGN_OBJECTIVE_WORDS})(?:\s*\(.*\))?$`, 'i') },
  // `Sub-OKR` (`子 OKR`): the measures of a part of the plan under its objective, its key results.
  { kind: 'kr', re: /^(?:(?:key\s*results?|krs?)(?:\s+[-–—:]\s+[^()|]{1,40})?|关键结果|關鍵結果|主要成果|成果指標|핵심\s*결과|(?:子|sub[- ]?)\s*okrs?|resultados?[- ]cla(?:ve|ves)|resultados?[- ]chaves?|r[ée]sultats?[- ]cl[ée]s?|schlüsselergebnisse?|risultat[oi][- ]chiave|kernresulta(?:at|ten))(?:\s*\(.*\))?$/i },
];

/** `Objetivo`, `Ziel (Q3)`: an objective column named in another language only. */
const FOREIGN_OBJECTIVE = new RegExp(String.raw`^(?:${FOREIGN_OBJECTIVE_WORDS})(?:\s*\(.*\))?$`, 'i');

/** `O`, `O(Objects)`: the short heading of an objective column. */
const BARE_O = /^o(?:\s*\(.*\))?$/i;

/** Header words that name a field column, by the field's label. */
const FIELD_COLUMNS: { label: string; re: RegExp }[] = [
  { label: 'Owner', re: /^(?:owners?|owner\(s\)|dri|lead|accountable|负责人|負責人|担当者?|담당자?|responsables?|respons[áa]vel|propietario|dueño|verantwortlich|eigenaar)$/i },
  // RACI: who does the work, not the one who answers for it.
  { label: 'Responsible', re: /^responsible$/i },
  { label: 'Parent', re: /^(?:parent|aligns? (?:to|with)|cascades? from)$/i },
  // `Точка А` / `Точка Б` (point A, point B; the second letter often typed in Latin): where a Russian plan starts and where it goes.
  { label: 'Baseline', re: /^(?:baseline|start(?:ing)?(?: value)?|from|基线|基準値?|기준치?|точка\s*[аa]|исходное значение|базовое значение)$/i },
  // A threshold to stay above or below is the bar the metric must hold (`| 지표 | 임계치 | 중단 신호 |`: metric, threshold, stop signal).
  { label: 'Target', re: /^(?:(?:(?:q[1-4]|h[12]|fy ?\d{2,4}|(?:19|20)\d{2}|final|year[- ]end|cd|overall) )?target(?: value)?(?: (?:by|for|in|at) [^|]{1,30})?|goal value|to|thresholds?|임계치|임계값|閾値|阈值|umbral|seuil|schwellenwert|目标值|目標値|목표치|alvo|meta|cible|valeur cible|zielwert|doelwaarde|valor (?:objetivo|meta|alvo)|цільове значення|целевое значение|точка\s*[бb])$/i },
  // `Progress to Date` holds where the metric stands (`Currently 3`), as `Current` does.
  { label: 'Current', re: /^(?:current(?:\s+value)?|actual|now|(?:progress\s+)?to\s+date|当前值?|现状|目前|現状|現在値?|현재)$/i },
  { label: 'Confidence', re: /^confidence$/i },
  { label: 'Score', re: /^(?:score|grade)$/i },
  { label: 'Progress', re: /^(?:progress|进度|進捗|진행률|progreso|progresso|avance|avancement|fortschritt|voortgang)$/i },
  { label: 'Status', re: /^(?:status|状态|状態|상태|estado|statut|[ée]tat|stato|situação|статус)$/i },
  { label: 'Type', re: /^type$/i },
  { label: 'Indicator', re: /^indicator$/i },
  { label: 'Due', re: /^(?:due|deadline)$/i },
];

/** `目标`, `目標`, `목표`, `Objetivo`, `Ziel`: the objective, or the target. To the right of a key-result column, the target. */
const OBJECTIVE_OR_TARGET = /^(?:目标|目標|목표|objetivo|objectif|obiettivo|ziel|doel)$/i;

/**
 * Columns that may stand before the objective or key-result column of an OKR table: they number, group or place its rows
 * (`Big Bet`: the strategic bet a company groups its objectives under).
 */
const LEADING_COLUMN = /^(?:|#|no\.?|nr\.?|id|number|item|rank|priority|p|pri|prio|team|teams|area|theme|pillar|(?:specific\s+)?aims?|(?:big\s+|strategic\s+)?bets?|focus(?:\s+area)?|category|quarter|period|level|department|squad|group|workstream|date(?:\s+(?:period|range))?|dates|time\s*frame|time\s+period)$/i;

/** Columns naming what else a table is about, before the objectives and key results it names by the way (`| Risk | Objective | Key result |`). */
const OTHER_SUBJECT_COLUMN = /^(?:risks?|issues?|problems?|dependenc(?:y|ies)|blockers?|assumptions?|questions?|decisions?|lessons?(?:\s+learned)?|actions?(?:\s+items?)?|tasks?|incidents?|mitigations?|experiments?|hypothes[ie]s)$/i;

/** Columns of a schedule (`Sprint`, `Month`, `When`): before a `Goal` column they make a schedule, before `Objective` a dated plan. */
const SCHEDULE_COLUMN = /^(?:when|year|half|month|cycle|sprint|phase|week)$/i;

/** What a column holds: nodes of a kind, a field's values, or nothing read. */
export type Column = { node: NodeKind } | { field: string } | undefined;

/** One row of a table of a node's fields: its key and value as written, the row's line and where the value starts. */
export interface FieldTableRow {
  line: number;
  key: string;
  value: string;
  valueStart: number;
}

/** A key cell's name without its emphasis and closing colon: `**Baseline**` → `Baseline`, `Owner:` → `Owner`. */
function keyName(text: string): string {
  return text.replace(/^(\*\*|__|\*|_)(.*)\1$/, '$2').replace(/[:：]\s*$/, '').trim();
}

/** A header cell naming the column of a table's keys: `| Campo | Meta comprometida | Resultado real |`, `| Field | Detail |`. */
const KEY_COLUMN = /^(?:campos?|fields?|keys?|attributes?|atributos?|propert(?:y|ies)|propiedad(?:es)?|champs?)$/i;

/**
 * `| | |` / `|---|---|` / `| **Baseline** | 10 orders |` / `| **Target** | 30 orders |`: a table whose rows (the header's too,
 * where it names one) give a key and its value, two of them keys of fields (`isField`), lists a node's fields. A header
 * naming its first column the keys (`| Field | Detail |`) says so itself: one field is enough, and columns after the
 * value (`| Campo | Meta comprometida | Resultado real |`: the result reached beside the commitment) are no part of it.
 * The rows of known keys, in order.
 */
/** A node written with its keyword in a cell of a grid, where the cell's text starts, and its column. */
export interface GridNodeCell {
  line: number;
  start: number;
  column: number;
  declaration: NodeDeclaration;
}

/** A confidence the writer puts before an objective (`(5/10) **Objective:** …`) or a list mark in a cell (`- KR: …`). */
const GRID_CELL_LEAD = /^(?:\(\s*\d{1,2}\s*\/\s*10\s*\)[ \t]*|[-*•][ \t]+)/u;

/**
 * A table laid out as a grid rather than with named columns (the four squares of a weekly check-in: `| **Priorities** |
 * **OKR Confidence** |` over `| **P1:** … | (5/10) **Objective:** … |` and `| … | - KR: … |`): the cells that write an
 * objective or a key result with its keyword, column by column, top to bottom, from a column's first objective on.
 * Undefined where no column holds an objective over a key result.
 */
export function readKeywordGrid(table: Table, lines: LineIndex): GridNodeCell[] | undefined {
  const cells: GridNodeCell[] = [];
  for (const row of table.children) {
    const line = lineOf(row, lines);
    row.children.forEach((cell, column) => {
      const { text, start } = cellText(cell, lines);
      const lead = GRID_CELL_LEAD.exec(text)?.[0].length ?? 0;
      const declaration = text.length <= 600 ? readNodeDeclaration(text.slice(lead)) : undefined;
      if (declaration && (declaration.kind === 'objective' || declaration.kind === 'kr')) cells.push({ line, start: start + lead, column, declaration });
    });
  }
  // Only a column that opens with an objective over key results is a grid's: a cell naming its kind of key result
  // (`**Primary KR** -- what we optimize for`) in a table of metric types is none.
  let column = -1;
  let opened = false;
  const grid = cells
    .sort((a, b) => a.column - b.column || a.line - b.line)
    .filter((cell) => {
      if (cell.column !== column) [column, opened] = [cell.column, false];
      opened ||= cell.declaration.kind === 'objective';
      return opened;
    });
  return grid.some((cell) => cell.declaration.kind === 'kr') ? grid : undefined;
}

export function readFieldTable(table: Table, lines: LineIndex, isField: (key: string) => boolean): FieldTableRow[] | undefined {
  const [header] = table.children;
  const namedKeys = header !== undefined && KEY_COLUMN.test(keyName(cellText(header.children[0]!, lines).text));
  if (table.children.some((row) => row.children.length !== 2 && !(namedKeys && row.children.length > 2))) return undefined;
  const rows: FieldTableRow[] = [];
  for (const row of table.children) {
    const [key, value] = row.children.map((cell) => cellText(cell, lines));
    const name = keyName(key!.text);
    if (name && value!.text && isField(name)) rows.push({ line: lineOf(row, lines), key: name, value: value!.text, valueStart: value!.start });
  }
  return rows.length >= (namedKeys ? 1 : 2) ? rows : undefined;
}

/**
 * Reads a GFM table whose header names an objective or key-result column: each row with text
 * in such a column is a node, and the cells under field columns (owner, status, progress…) are
 * its fields. A row that repeats the objective above it adds a key result to that objective.
 * Undefined for any other table. `underObjective`: a table of key results only belongs to the
 * objective it sits under (`enclosingId`: its id, which a cell may name alone). `resultsOfObjective`: the table sits right
 * under an objective with no key results yet, and a `Result` column may list them. `underKeyResultsLabel`: the table sits
 * under a `Key Results` heading or label, and its header may name no column.
 */
export function readOkrTable(table: Table, lines: LineIndex, underObjective: boolean, enclosingId?: string, resultsOfObjective = false, metricsAreKeyResults = false, underKeyResultsLabel = false): OkrTable | undefined {
  const [header, ...body] = table.children;
  if (!header) return undefined;
  const names = header.children.map((cell) => cellText(cell, lines).text);
  const boxed = boxedObjective(header, body, lines);
  // The last column's cells, read only for a header naming a pair of years.
  const lastColumn = () => body.map((row) => { const cell = row.children[names.length - 1]; return cell ? cellText(cell, lines).text : ''; });
  const columns =
    headerColumns(names, metricsAreKeyResults, lastColumn) ??
    (resultsOfObjective ? resultColumns(names) : undefined) ??
    (boxed ? [{ node: 'kr' } as const] : undefined) ??
    (underKeyResultsLabel ? statementColumnOfUnnamed(names, body, lines) : undefined) ??
    gradedStatementColumn(names, body, lines);
  if (!columns) return undefined;
  const hasObjective = columns.some((c) => c && 'node' in c && c.node === 'objective');
  // A column of where a metric starts, stands or should get to: the table sets the measures of its nodes.
  const measuresNodes = columns.some((c) => c && 'field' in c && (c.field === 'Target' || c.field === 'Baseline' || c.field === 'Current'));
  const headerLine = lineOf(header, lines);
  const rows: OkrTableRow[] = boxed ? [{ line: headerLine, objective: boxed, krs: [], fields: [] }] : [];
  let lastObjective: string | undefined;
  // The latest row that declared each objective, by id (`**O1: …**`) and by its text: a later cell of the id alone (`O1`)
  // or of the same text repeats it.
  const objectiveRows = new Map<string, number>();
  const repeatsHeader = (text: string, index: number): boolean => plain(text) === plain(names[index] ?? '');
  // `| **Objectives - Media Committee** | **Key Results** |` again, or `| **KEY RESULTS** |` alone: the columns named
  // again, for the rows after it (a group of the table), not a node.
  const namesColumns = (cells: CellText[]): Column[] | undefined => {
    const named = cells.map(({ text }) => (text ? columnOf(text) : undefined));
    return named.some((c) => c && 'node' in c) && cells.every(({ text }, index) => !text || named[index] || repeatsHeader(text, index)) ? named : undefined;
  };
  const bodyCells = body.map((row) => row.children.map((cell) => cellText(cell, lines)));
  // An objective's text, with the cells before it that group the rows (`| Sales | Improve quality |` is not Support's), and
  // without its id (`| O3: Grow revenue |` then `| Grow revenue |`).
  // A group cell left empty carries the one above, as a merged cell does.
  const groupCells: string[] = [];
  const textKey = (text: string, index: number): string => `${groupCells.slice(0, index).join('|')}|${normalized(readNodeDeclaration(text)?.title ?? text)}`;
  for (const [rowIndex, row] of body.entries()) {
    const read: OkrTableRow = { line: lineOf(row, lines), krs: [], fields: [] };
    const cells = bodyCells[rowIndex]!;
    cells.forEach(({ text }, index) => {
      if (text && !(columns[index] && 'node' in columns[index]!)) groupCells[index] = normalized(text);
    });
    const named = namesColumns(cells);
    if (named) {
      named.forEach((column, index) => {
        if (column) columns[index] = column;
      });
      lastObjective = undefined;
      continue;
    }
    // `|---|---|---|` again: the delimiter row of a table run together with this one (no blank line between them).
    if (cells.some(({ text }) => text) && cells.every(({ text }) => !text || DELIMITER_CELL.test(text))) continue;
    // `O2. Organisers stay …` alone in its row, right over the columns named again: the title of the next table, run
    // together with this one, as the line over this table was its title. It is the objective of the rows after it.
    const next = bodyCells[rowIndex + 1];
    if (!hasObjective && cells[0]?.text && cells.slice(1).every(({ text }) => !text) && next && namesColumns(next)) {
      read.objective = { declaration: declarationOf(cells[0].text, 'objective'), start: cells[0].start };
      rows.push(read);
      continue;
    }
    // The key the row's new objective is known by, for the rows after it that repeat its text.
    let objectiveKey: string | undefined;
    cells.forEach(({ text, start }, index) => {
      const column = columns[index];
      if (!column || !text || cells[index]!.statementOf) return;
      if ('field' in column) read.fields.push({ key: column.field, value: text, start });
      else if (column.node === 'kr') {
        // `| KR 1.1 (activated users) | Failure mode | Detection |`: a key result declared elsewhere, named by its id, in a
        // table about the key results that sets none of their measures.
        if (!measuresNodes && namesANodeById(text)) return;
        // `| **O2: The top 10,000 projects are free of critical vulnerabilities** | |`: a row of the key-result column
        // that declares an objective with its keyword heads the key results below it.
        const objective = hasObjective ? undefined : objectiveDeclaredIn(text);
        if (objective) read.objective = { declaration: objective.declaration, start: start + objective.offset };
        else read.krs = listedInCell(text, start) ?? [cellNode(text, start, 'kr', cells[index + 1])];
      }
      else {
        const key = textKey(text, index);
        if (key === lastObjective) return;
        const id = objectiveIdOnly(text);
        const earlier = objectiveRows.get(id) ?? objectiveRows.get(key);
        if (earlier !== undefined) read.objectiveOf = earlier;
        // `| O1 | KR1.1: … |` under `## O1: …` (or `## Objective: …`, numbered later): the objective the table sits under,
        // named by its id, not a new one whose statement is the next cell.
        else if (id && (enclosingId === '' || id === enclosingId?.toLowerCase())) return;
        else {
          read.objective = cellNode(text, start, 'objective', cells[index + 1]);
          objectiveKey = key;
        }
        lastObjective = key;
      }
    });
    // `| **KR1** | **Coverage** — % of questions answered | … |`: the key result's id in a column of its own before it.
    const only = read.krs.length === 1 ? read.krs[0]! : undefined;
    const idInItsColumn = only && !only.declaration.id ? cells.map(({ text }, index) => (columns[index] === undefined ? keyResultIdInCell(text) : undefined)).find((id) => id !== undefined) : undefined;
    if (only && idInItsColumn) read.krs = [{ ...only, declaration: { ...only.declaration, id: idInItsColumn } }];
    const id = read.objective?.declaration.id;
    if (id) objectiveRows.set(id.toLowerCase(), rows.length);
    if (objectiveKey !== undefined) objectiveRows.set(objectiveKey, rows.length);
    if (read.objective || read.krs.length) rows.push(read);
  }
  if (!hasObjective && !underObjective && !rows.length) return undefined;
  return { headerLine, rows };
}

/**
 * `|   |       |     |` over `| ✓ | Do | Build with DDD Design |`: a table under a `Key Results` heading or label whose
 * header names no column lists key results, one a row, each the statement in the column of the most words (a mark or a
 * word beside it is no part of it).
 */
function statementColumnOfUnnamed(names: string[], body: TableRow[], lines: LineIndex): Column[] | undefined {
  if (names.length < 2 || names.some((name) => name.trim() !== '') || body.length === 0) return undefined;
  const words = names.map((_, index) => body.reduce((sum, row) => sum + (row.children[index] ? cellText(row.children[index]!, lines).text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0), 0));
  const widest = words.indexOf(Math.max(...words));
  return words[widest]! / body.length >= 3 ? names.map((_, index) => (index === widest ? { node: 'kr' } : undefined)) : undefined;
}

/** A column ranking the rows by priority (`Priority`, `Pri`, `P`), and a cell of it: `P0`…`P4`. */
const PRIORITY_COLUMN = /^(?:priority|prio|pri|p)$/i;
const PRIORITY_CELL = /^P[0-4]$/i;
/** A column of remarks beside the statements (`Notes`, `Comments`, `Links`): no statement of its own. */
const REMARKS_COLUMN = /^(?:notes?|comments?|remarks?|links?|issues?|tracking)$/i;

/**
 * `| Priority | Description | Owner | Score |` over `| P0 | Add 1 GB files in under 10 seconds | @ana | 0.5 |`: a table
 * ranking its rows by priority and grading or owning them, with one column of statements whatever its name, lists key
 * results, as Google-style OKR spreadsheets are exported. Every row ranks its statement `P0`…`P4`; a table of bugs ranked
 * `High`/`Low` is none.
 */
function gradedStatementColumn(names: string[], body: TableRow[], lines: LineIndex): Column[] | undefined {
  const plainNames = names.map((name) => name.replace(/[*_`]/g, '').trim());
  const columns = plainNames.map(columnOf);
  const priority = plainNames.findIndex((name) => PRIORITY_COLUMN.test(name));
  const graded = columns.some((c) => c && 'field' in c && (c.field === 'Score' || c.field === 'Owner'));
  const statements = plainNames.flatMap((name, index) => (index !== priority && columns[index] === undefined && !REMARKS_COLUMN.test(name) ? [index] : []));
  if (priority < 0 || !graded || statements.length !== 1 || body.length < 2) return undefined;
  const ranked = body.every((row) => { const cell = row.children[priority]; return cell !== undefined && PRIORITY_CELL.test(cellText(cell, lines).text.replace(/[*_`]/g, '').trim()); });
  if (!ranked) return undefined;
  columns[statements[0]!] = { node: 'kr' };
  return columns;
}

/** A cell's objective id when the cell holds the id alone (`O1`, `**O1**`, `O1:`, `Objective 1`, `Obj 1`), in lower case; empty otherwise. */
export function objectiveIdOnly(text: string): string {
  const cell = text.replace(/[*_`]/g, '').trim().replace(/[:.]$/, '');
  // An id is short: a longer cell is read no further.
  if (cell.length > 24) return '';
  const numbered = /^(?:objective|obj\.?|o)[ \t]*(?:[-#][ \t]*)?(\d{1,3}(?:\.\d{1,3})?)$/i.exec(cell);
  if (numbered) return `o${numbered[1]}`;
  return /^[A-Za-z]{1,3}[-.]?\d{1,3}(?:\.\d{1,3})?$/.test(cell) ? normalizeId(cell, 'objective').toLowerCase() : '';
}

/**
 * The columns a table's header names, or undefined when it is no OKR table: no objective or key-result column, or one
 * after columns that neither number, group, date nor own the rows (`| Risk | Objective | Mitigation |`).
 */
/** What each column of a header names (`Objective`, `Key Results`, `Owner`, …), or undefined for a table of no nodes. */
export function headerColumns(names: string[], metricsAreKeyResults = false, lastColumn: () => string[] = () => []): Column[] | undefined {
  const columns: Column[] = names.map(columnOf);
  markYearPair(names, columns, lastColumn);
  const metric = metricsAreKeyResults ? metricColumnBeforeTarget(names, columns) : -1;
  if (metric >= 0) columns[metric] = { node: 'kr' };
  const measured = metricColumnAfterObjective(names, columns);
  if (measured >= 0) columns[measured] = { node: 'kr' };
  const firstKr = columns.findIndex((c) => c && 'node' in c && c.node === 'kr');
  names.forEach((name, index) => {
    const plainName = name.replace(/[*_`]/g, '').trim();
    // A column headed `O`, `Ziel` or `Objetivo` heads objectives only beside a key-result column: alone it may mean
    // anything (a destination, an aim, a target).
    if (firstKr < 0 && (BARE_O.test(plainName) || FOREIGN_OBJECTIVE.test(plainName))) columns[index] = undefined;
    // `| KR | 当前 | 目标 | 期限 |`: after the key results, `目标` is their target.
    if (firstKr >= 0 && firstKr < index && OBJECTIVE_OR_TARGET.test(plainName)) columns[index] = { field: 'Target' };
  });
  valueColumnAsCurrent(names, columns);
  goalColumnAsTarget(names, columns);
  // `| Risk | Objective | Mitigation |`, `| Week | Goal |`: a table about something else, naming objectives by the way.
  const firstNode = columns.findIndex((c) => c !== undefined && 'node' in c);
  if (firstNode < 0) return undefined;
  // `| Month | Goal |` is a schedule; `| Year | Objective | Key result |` dates an OKR table's rows.
  const namedObjectives = !/goal/i.test(names[firstNode] ?? '');
  const leads = (name: string): boolean => LEADING_COLUMN.test(name) || (namedObjectives && SCHEDULE_COLUMN.test(name));
  // `| Motivation | Objective | Key result |`: columns naming both objectives and key results make an OKR table, whatever
  // stands before them, unless a column before them names what else the table is about (`| Risk | Objective | Key result |`).
  const objectivesAndResults = columns.some((c) => c !== undefined && 'node' in c && c.node === 'objective') && firstKr >= 0;
  const lead = (name: string, index: number): boolean => columns[index] !== undefined || leads(name) || (objectivesAndResults && !OTHER_SUBJECT_COLUMN.test(name));
  if (!names.slice(0, firstNode).every((name, index) => lead(name.replace(/[*_`]/g, '').trim(), index))) return undefined;
  return columns;
}

/**
 * `Actual (Sep 30)`, `Achieved`, `Current`, `Q3 result`: a column of the values reached, which makes a table a report
 * (`Status`, `Score`, `Expected result` are a plan's own columns).
 */
const VALUES_REACHED = /\b(?:current|actuals?|now|achieved|reached|attained)\b|^(?:q[1-4]|h[12]|fy[ \t]?\d{2,4}|(?:19|20)\d{2}|final|end[ \t-]of[ \t-][\p{L}]+)[ \t]+results?\b/iu;

/** `Current`, `Current value`, `Now`: where a metric stands as the plan is written. */
const STANDS_NOW = /^(?:current|now|today)(?:[ \t]+(?:value|level|state))?$/i;

/** A column named by a year alone (`2025`, `FY2025`). */
const YEAR_COLUMN = /^(?:fy[ \t]?)?((?:19|20)\d{2})$/i;

/**
 * `| Key metrics | 2024 | 2025 |`: the last two columns, named by a year and the next and no other column by a year, hold
 * where each measure stands this year and where it should be the next (numbers, in the last column's cells): its
 * baseline and its target.
 */
function markYearPair(names: string[], columns: Column[], lastColumn: () => string[]): void {
  const years = names.map((name) => YEAR_COLUMN.exec(name.replace(/[*_`]/g, '').trim())?.[1]);
  const last = names.length - 1;
  if (last < 2 || years.filter((year) => year !== undefined).length !== 2 || Number(years[last]) !== Number(years[last - 1]) + 1) return;
  // `| Key result | Baseline | Target | FY2024 | FY2025 |`: the columns named for them hold them; the years are a report.
  if (columns.some((column) => column && 'field' in column && (column.field === 'Baseline' || column.field === 'Target'))) return;
  // `| Key result | Owner | 2025 | 2026 |` over `Done | Planned` or `Q3 | Q1`: a schedule, no levels.
  if (!lastColumn().some((value) => /\d/.test(value.replace(/\b[QH]\d\b/gi, '')))) return;
  columns[last - 1] = { field: 'Baseline' };
  columns[last] = { field: 'Target' };
}

/** `KPI name`, `Metric`, `Key metrics`, `Success measure (Q3)`: a column naming what is measured. */
const METRIC_COLUMN = /^(?:key\s+)?(?:kpis?|metrics?|measures?|indicators?|success\s+(?:measures?|metrics?))(?:\s+names?)?(?:\s*\(.*\))?$/i;

/**
 * `| KPI NAME | RATIONALE | SOURCE | METRIC | TARGET |`, `| Category | KPI | Target by August |`: in a plan that names no
 * key results, the first column naming a metric, with a target column after it, lists them; a table that also sets the
 * values reached (`| Metric | Target | Actual |`) reports on them. The index of that column, or -1.
 */
function metricColumnBeforeTarget(names: string[], columns: Column[]): number {
  const target = columns.findIndex((c) => c && 'field' in c && c.field === 'Target');
  // `| Metric | Current | Target |`: where each metric stands now, before its target, is its start; values reached after the target report on it.
  const reached = (name: string, index: number): boolean => VALUES_REACHED.test(name) && !(index < target && STANDS_NOW.test(name));
  if (columns.some((c) => c && 'node' in c && c.node === 'kr') || names.some((name, index) => reached(name.replace(/[*_`]/g, '').trim(), index))) return -1;
  const metric = names.findIndex((name) => METRIC_COLUMN.test(name.replace(/[*_`]/g, '').trim()));
  return metric >= 0 && columns.slice(metric + 1).some((c) => c && 'field' in c && c.field === 'Target') ? metric : -1;
}

/**
 * `| Objective | Metric | Proposed Date |`: beside an objective column and no key-result column, a column naming what
 * is measured, after it, states how each objective is measured: its key result. The index of that column, or -1.
 */
function metricColumnAfterObjective(names: string[], columns: Column[]): number {
  if (columns.some((c) => c && 'node' in c && c.node === 'kr')) return -1;
  const objective = columns.findIndex((c) => c && 'node' in c && c.node === 'objective');
  if (objective < 0) return -1;
  const metric = names.findIndex((name, index) => index > objective && METRIC_COLUMN.test(name.replace(/[*_`]/g, '').trim()));
  return metric >= 0 && columns[metric] === undefined ? metric : -1;
}

/** `Indicator`, `Success indicators`, `Indicators of success`: a column of the signs that an aim is met. */
const INDICATOR_COLUMN = /^(?:success\s+)?indicators?(?:\s+(?:of|for)\s+success)?$/i;

/** The table's header names a column of indicators. */
export function namesIndicatorColumn(table: Table, lines: LineIndex): boolean {
  const header = table.children[0];
  return header !== undefined && header.children.some((cell) => INDICATOR_COLUMN.test(cellText(cell, lines).text.replace(/[*_`]/g, '').trim()));
}

/** `Result`, `Measures`, `Success metric`: a first column naming what shows an objective met. */
const RESULT_COLUMN = /^(?:results?|outcomes?|measures?|metrics?(?:\s+names?)?|kpis?(?:\s+names?)?|success\s+(?:measures?|metrics?|criteria|indicators?)|indicators?(?:\s+(?:of|for)\s+success)?|метрик[аи]|показник(?:и)?|показател[ьи]|m[ée]tricas?|indicador(?:es)?|indicateurs?|kennzahl(?:en)?|指标|指標|지표)$/i;

/**
 * `| Result | Progress to Date | Status |` right under an objective: the first column (after any that group the rows,
 * `| Category | KPI | Target by August |`) names its results, its key results; the others are fields as in any OKR table.
 */
function resultColumns(names: string[]): Column[] | undefined {
  // `| Category | KPI | Target by August |`: columns that group the rows may come first.
  const plain = names.map((name) => name.replace(/[*_`]/g, '').trim());
  const at = plain.findIndex((name) => !LEADING_COLUMN.test(name));
  if (at < 0 || !RESULT_COLUMN.test(plain[at]!)) return undefined;
  const columns: Column[] = names.map((name, index) => (index === at ? { node: 'kr' } : columnOf(name)));
  valueColumnAsCurrent(names, columns);
  return columns;
}

/**
 * `| Target | Current | Goal | Priority |`: a goal column after the column of where each metric stands is the level it
 * should reach, no objective; a first column named as a target then names the metrics.
 */
function goalColumnAsTarget(names: string[], columns: Column[]): void {
  const standsAt = columns.findIndex((c) => c !== undefined && 'field' in c && (c.field === 'Current' || c.field === 'Baseline'));
  if (standsAt < 0) return;
  const goal = names.findIndex((name, index) => index > standsAt && /^goals?$/i.test(name.replace(/[*_`]/g, '').trim()));
  if (goal < 0) return;
  columns[goal] = { field: 'Target' };
  const first = columns[0];
  if (standsAt > 0 && first !== undefined && 'field' in first && first.field === 'Target') columns[0] = undefined;
}

/** `| Metric | Value | Trend | Target |`: beside a target and no current column, the value is where the metric stands. */
function valueColumnAsCurrent(names: string[], columns: Column[]): void {
  const hasField = (field: string) => columns.some((c) => c !== undefined && 'field' in c && c.field === field);
  if (!hasField('Target') || hasField('Current')) return;
  const value = names.findIndex((name, index) => columns[index] === undefined && /^values?$/i.test(name.replace(/[*_`]/g, '').trim()));
  if (value >= 0) columns[value] = { field: 'Current' };
}

/**
 * `| Objective | Key results | Owner |` over `|---|---|---|`: a table's header (`next` is the line under it) naming an
 * objective column beside a key-result column, as an OKR table's does.
 */
export function namesObjectiveColumn(line: string, next: string | undefined): boolean {
  // Only a header: the delimiter row right under it. Checked first, so that a table's body rows cost one test each.
  if (next === undefined || !DELIMITER_ROW.test(next.trim()) || !line.includes('|')) return false;
  // A header names a few columns: past twelve cells the line is no header worth reading whole.
  const columns = headerColumns(line.replace(/^[ \t]*\|/, '').replace(/\|[ \t]*$/, '').split('|', 12));
  return columns !== undefined && columns.some((c) => c && 'node' in c && c.node === 'objective') && columns.some((c) => c && 'node' in c && c.node === 'kr');
}

/** A header row Markdown reads as text: the delimiter row under it missing, or with another number of cells than it. */
export interface HeaderWithoutDelimiter {
  columns: number;
  /** The cells of the delimiter row under the header, where there is one. */
  delimiterCells?: number;
}

/** A column's name as a header row writes it: one to four words, with no sentence's punctuation. */
const COLUMN_NAME = /^[^\s,;.!?]+(?:[ \t]+[^\s,;.!?]+){0,3}$/;

/** The most cells read in a line that might be a header: more is no header worth reading whole. */
const MAX_HEADER_CELLS = 12;

/** A row's cells, its outer pipes dropped; undefined past `MAX_HEADER_CELLS`. */
function rowCells(line: string): string[] | undefined {
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/, MAX_HEADER_CELLS + 1);
  return cells.length > MAX_HEADER_CELLS ? undefined : cells;
}

/**
 * `| Objective | Key result | Owner |` with no delimiter row under it (`next`), or one of another number of cells
 * (`|---|---|`): a header naming an objective or key-result column, as an OKR table's does, that Markdown reads as a line
 * of text, so that none of the table's rows is read.
 */
export function headerWithoutDelimiter(line: string, next: string | undefined): HeaderWithoutDelimiter | undefined {
  if (!line.includes('|')) return undefined;
  const cells = rowCells(line);
  // A column's name is a word or a few, without a sentence's punctuation: `Objective | what we want; …` is prose.
  if (!cells || cells.length < 2 || !cells.every((cell) => COLUMN_NAME.test(cell.trim()))) return undefined;
  if (!headerColumns(cells)) return undefined;
  const delimiter = next !== undefined && DELIMITER_ROW.test(next.trim()) ? rowCells(next) : undefined;
  if (delimiter?.length === cells.length) return undefined;
  return { columns: cells.length, ...(delimiter ? { delimiterCells: delimiter.length } : {}) };
}

/** `|---|:---:|`, `--- | ---`: a table's delimiter row, trimmed (one run of blanks between cells, so a long run costs its length). */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*\|?$/;

/** A column's name is a few words: a longer cell names no column (and the patterns below need not read it). */
const MAX_COLUMN_NAME = 80;

function columnOf(header: string): Column {
  const name = header.replace(/[*_`]/g, '').trim();
  if (name.length > MAX_COLUMN_NAME) return undefined;
  for (const { kind, re } of NODE_COLUMNS) if (re.test(name)) return { node: kind };
  for (const { label, re } of FIELD_COLUMNS) if (re.test(name)) return { field: label };
  return undefined;
}

/**
 * The kind of the nodes a list item that names a table's columns announces: `Key Result  Owner(s)  Score`, the
 * key-result column followed only by field columns (a table written as a list of key results). Prose that merely
 * opens with the words (`Key result owners meet weekly`) names no columns.
 */
export function listedColumnsKind(content: string): NodeKind | undefined {
  const m = /^(?:\*\*|__)?(?:key[ \t]+results?|krs?)[ \t]+([^*_]+?)(?:\*\*|__)?$/i.exec(content);
  if (!m) return undefined;
  const names = m[1]!.trim().split(/[ \t]+/);
  return names.length <= 4 && names.every(isFieldColumn) ? 'kr' : undefined;
}

/** Words of a table's header row besides field names: a period a column is for (`H1`, `Q3`, `2018`), `KR` before a field name (`KR Lead`), what was achieved. */
const OTHER_COLUMN_WORD = /^(?:kr|h[12]|q[1-4]|\d{4}|achievements?|actuals?|results?|evaluation|comments?|notes?)$/i;

/**
 * A heading that is a table's header row run together (`# Key Results KR Lead`, `# Key Results Responsible`,
 * `# H1 Key Results KR Lead Target H1 Achievements`): the key-results column name, then only names of other columns,
 * at least one of them a field's. It announces key results, as `Key results` alone would.
 */
export function columnsHeadingKind(text: string): NodeKind | undefined {
  const m = /^(?:(?:h[12]|q[1-4])[ \t]+)?(?:key[ \t]+results?|krs)[ \t]+(\S.*)$/i.exec(text.replace(/[*_]/g, '').trim());
  if (!m) return undefined;
  // More than eight names is no header row: a ninth is where reading them stops (a heading may run on for pages).
  const names = m[1]!.split(/[ \t]+/, 9);
  if (names.length > 8 || !names.every((name) => isFieldColumn(name) || OTHER_COLUMN_WORD.test(name))) return undefined;
  return names.some(isFieldColumn) ? 'kr' : undefined;
}

function isFieldColumn(name: string): boolean {
  return FIELD_COLUMNS.some(({ re }) => re.test(name));
}

/** A cell holding only a key result's id with its keyword: `**KR1**`, `KR 2.3`. */
const KR_ID_CELL = /^(?:\*\*|__)?KR[ \t-]?\d{1,3}(?:\.\d{1,3})?(?:\*\*|__)?$/i;

/** The id of the key result a cell holds alone (`**KR1**` → `KR1`), or undefined. */
export function keyResultIdInCell(text: string): string | undefined {
  return KR_ID_CELL.test(text) ? normalizeId(text.replace(/[*_]/g, ''), 'kr') : undefined;
}

/** `KR 1.1 (activated users)`: a node's id and its short name in brackets, naming a node declared elsewhere. */
const NAMES_A_NODE_BY_ID = new RegExp(String.raw`^${NODE_ID_WRITTEN}[ \t]*\([^()]{1,60}\)$`, 'i');

/** True when a table cell names a node declared elsewhere by its id and a short name in brackets (`KR 1.1 (activated users)`). */
export function namesANodeById(text: string): boolean {
  return NAMES_A_NODE_BY_ID.test(text);
}

/** A cell that is nothing but an id: `KR 1`, `O2`, `Key Result 1.2`, `1.1`, or empty. */
const ONLY_AN_ID = /^(?:(?:(?:key\s*results?|krs?|objectives?|o)[ \t]*(?:[-#][ \t]*)?)?[\w.]*\d[\w.]*)?$/i;
/** An id is short: past this length a cell holds a statement, and the pattern above need not read it. */
const MAX_ID_CELL = 40;

/**
 * The node a cell names. A cell that holds only an id (`**KR 1**`) leaves the statement to the
 * next cell, whatever its header says (`| KR | Target |` over whole key results); that cell is
 * then marked as read.
 */
function cellNode(text: string, start: number, kind: NodeKind, next: CellText | undefined): TableNodeCell {
  const declaration = declarationOf(text, kind);
  const title = declaration.title.replace(/[*_`]/g, '').trim();
  if (title.length > MAX_ID_CELL || !ONLY_AN_ID.test(title) || !next?.text) return { declaration, start };
  next.statementOf = true;
  return { declaration: { ...declaration, title: next.text, titleStart: 0 }, start: next.start, idAlone: text.replace(/[*_`]/g, '').trim() };
}

/**
 * `| **Objective #1: Catalyze secure software …** | |` over `| **KR1.1**: Fund ten organizations … | On Target |`: a table
 * drawn as a box around the OKRs, its header cell the first objective and its rows key results (and later objectives)
 * declared with their keywords, most of them. The header's objective, where the table is such a box.
 */
function boxedObjective(header: TableRow, body: TableRow[], lines: LineIndex): TableNodeCell | undefined {
  const first = header.children[0] ? cellText(header.children[0], lines) : undefined;
  const objective = first?.text ? objectiveDeclaredIn(first.text) : undefined;
  if (!first || !objective || header.children.slice(1).some((cell) => cellText(cell, lines).text)) return undefined;
  const declared = body.filter((row) => row.children[0] && readNodeDeclaration(unbolded(cellText(row.children[0], lines).text)) !== undefined).length;
  return declared >= 2 && declared * 2 >= body.length ? { declaration: objective.declaration, start: first.start + objective.offset } : undefined;
}

/** A cell's text without the bold around it, or around its keyword and id (`**KR1.1**: Fund …`). */
function unbolded(text: string): string {
  return text.replace(/^(\*\*|__)(.+?)\1/, '$2');
}

/**
 * The objective a cell declares with its keyword, in bold or not (`**O1: Catalyze secure software**`, `Objective 2: …`),
 * and where the text it was read from starts in the cell (after bold around the whole cell).
 */
function objectiveDeclaredIn(text: string): { declaration: NodeDeclaration; offset: number } | undefined {
  const wrapped = /^(\*\*|__)(.+)\1$/.exec(text);
  const declared = readNodeDeclaration(wrapped ? wrapped[2]! : text);
  return declared?.kind === 'objective' && declared.statement === undefined ? { declaration: declared, offset: wrapped ? wrapped[1]!.length : 0 } : undefined;
}

/** A number before a cell's statement (`1. Finished tokenomics v2`): it numbers the rows, as in a list; it is no part of the statement. */
const ROW_NUMBER = /^\d{1,3}[.)][ \t]+(?=\S)/;
/** A row's id before its statement, a capital and a number (`A1. 搜索响应准确率`): the key result's own id. */
const ROW_ID = /^([A-Z]\d{1,3})[.)][ \t]+(?=\S)/;

function declarationOf(text: string, kind: NodeKind): NodeDeclaration {
  const written = readNodeDeclaration(text);
  if (written && written.kind === kind) return written;
  const id = ROW_ID.exec(text);
  if (id) return { kind, id: id[1]!, title: text.slice(id[0].length), titleStart: id[0].length };
  const numbered = ROW_NUMBER.exec(text)?.[0].length ?? 0;
  return { kind, title: text.slice(numbered), titleStart: numbered };
}

/** A line break in a cell: `<br>`, `<br/>`, `<br />`. */
const CELL_BREAK = /<br[ \t]*\/?>/gi;

/** A mark opening an item of a list written in a cell: `1.`, `2)`, `-`, `•`. */
const CELL_ITEM_MARK = /^(?:\d{1,3}[.)]|[-*•])[ \t]+(?=\S)/;

/**
 * `1. Cut onboarding time by 30% <br>2. Raise completion to 95%`: a cell of two or more items, each opening with a number
 * or a bullet, or each a whole statement (`Sign 10 new resellers<br>Partner-sourced revenue …`), joined by line breaks, is
 * a list of key results. Each item without its mark, and the column it starts at;
 * undefined for any other cell (a break inside one statement leaves it one).
 */
function listedInCell(text: string, start: number): TableNodeCell[] | undefined {
  if (!text.toLowerCase().includes('<br')) return undefined;
  const items: TableNodeCell[] = [];
  let from = 0;
  let unmarked = false;
  for (const lineBreak of [...text.matchAll(CELL_BREAK), undefined]) {
    const end = lineBreak?.index ?? text.length;
    const part = text.slice(from, end);
    const at = from + part.length - part.trimStart().length;
    from = end + (lineBreak?.[0].length ?? 0);
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const mark = CELL_ITEM_MARK.exec(trimmed)?.[0] ?? (UNMARKED_STATEMENT.test(trimmed) ? '' : undefined);
    if (mark === undefined) return undefined;
    unmarked ||= mark === '';
    items.push({ declaration: { kind: 'kr', title: trimmed.slice(mark.length), titleStart: 0 }, start: start + at + mark.length });
  }
  // Statements with no marks only when each stands whole: the one before a break ends on no word that needs more.
  if (unmarked && items.slice(0, -1).some((item) => NEEDS_MORE.test(item.declaration.title))) return undefined;
  return items.length >= 2 ? items : undefined;
}

/**
 * `Sign 10 new resellers<br>Partner-sourced revenue from $200k to $500k`: a statement with no mark in a cell of key
 * results joined by line breaks, opening with a capital or a number, three words or more.
 */
const UNMARKED_STATEMENT = /^[\p{Lu}\d][^\s]*(?:[ \t]+\S+){2,}$/u;

/** A statement a line break cut short: it ends on a comma, a dash or a word that needs more (`from`, `and`, `to`). */
const NEEDS_MORE = /(?:[,;:–—-]|\b(?:and|or|from|to|of|the|a|an|with|by|for|in|on|at|than|per))$/i;

/** A cell of a delimiter row: `---`, `:--`, `--:`. */
const DELIMITER_CELL = /^:?-+:?$/;

/** A cell's words without emphasis, in lower case: `**Evaluation**` is `evaluation`. */
function plain(text: string): string {
  return normalized(text.replace(/[*_`]/g, ''));
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function lineOf(node: { position?: { start: { offset?: number } } }, lines: LineIndex): number {
  return lines.positionAt(node.position?.start.offset ?? 0).line;
}

interface CellText {
  text: string;
  start: number;
  /** The cell holds the statement of the node named in the cell before it. */
  statementOf?: boolean;
}

/** A cell's text without the pipes and spaces around it, and the column it starts at. */
function cellText(cell: TableCell, lines: LineIndex): CellText {
  const from = cell.position?.start.offset ?? 0;
  const to = cell.position?.end.offset ?? from;
  const raw = lines.text.slice(from, to);
  const lead = /^[|\s]*/.exec(raw)![0].length;
  // Trimmed from the end by hand: a pattern anchored at the end (`[|\s]*$`) retries at every blank of a long run.
  let end = raw.length;
  while (end > lead && /[|\s]/.test(raw[end - 1]!)) end--;
  const text = raw.slice(lead, end);
  return { text, start: lines.positionAt(from + lead).character };
}
