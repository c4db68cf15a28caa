import { describe, expect, it } from 'vitest';
import { WorkspaceGraph } from '../server/src/core/graph';
import { parsePlan, parseSectionsWhere } from '../server/src/core/parse/parser';
import type { PlanNode } from '../server/src/core/model';
import fc from 'fast-check';
import { generateWorkspace } from '../scripts/bench/generate-plans';
import { propertyRuns } from './helpers/property-runs';
import { scanParents } from '../server/src/core/parse/parent-scan';

const COMPANY = `---
period: 2026-Q1
---
# Mission: Help small businesses understand their money
## Objective O1: Small businesses trust our numbers
### KR1.1: Raise weekly active owners from 10k to 15k
### KR1.2: Cut reconciliation errors from 4% to 1%
Score: 0.5
`;

const TEAM = `---
period: 2026-Q1
parent: ../company/2026-Q1.okr.md
---
## Objective O1: New owners see their cash clearly in week one
Parent: ../company/2026-Q1.okr.md#KR1.1
### KR1.1: Reduce time-to-first-value from 10 days to 5 days
Current: 8 days
#### Initiative: Rebuild the onboarding checklist
### KR1.2: Raise checklist completion from 40% to 60%
Check-ins:
- 2026-01-10: 45%
- 2026-01-24: 50%
## Objective: Partners can connect without help
`;

function workspace(plans: Record<string, string>, roots = ['/ws']): WorkspaceGraph {
  const graph = new WorkspaceGraph(roots);
  for (const [file, text] of Object.entries(plans)) graph.setPlan(parsePlan(file, text));
  return graph;
}

const label = (n: PlanNode): string => `${n.file.replace('/ws/', '')}#${n.id}`;

describe('WorkspaceGraph', () => {
  const graph = workspace({ '/ws/company/2026-Q1.okr.md': COMPANY, '/ws/teams/onboarding.okr.md': TEAM });
  const team = graph.plan('/ws/teams/onboarding.okr.md')!;
  const company = graph.plan('/ws/company/2026-Q1.okr.md')!;
  const initiative = team.nodes.find((n) => n.kind === 'initiative')!;

  it('walks an initiative up to the company mission across plans', () => {
    const chain = graph.chainOf(initiative);
    expect(chain.end).toBe('mission');
    expect(chain.nodes.map(label)).toEqual([
      'teams/onboarding.okr.md#I1.1.1',
      'teams/onboarding.okr.md#KR1.1',
      'teams/onboarding.okr.md#O1',
      'company/2026-Q1.okr.md#KR1.1',
      'company/2026-Q1.okr.md#O1',
      'company/2026-Q1.okr.md#mission',
    ]);
  });
  it('gives an objective without Parent the parent plan’s mission', () => {
    const second = team.nodes.find((n) => n.title.startsWith('Partners'))!;
    const link = graph.parentOf(second);
    expect(link.status === 'resolved' && label(link.node)).toBe('company/2026-Q1.okr.md#mission');
  });
  it('lists children across plans', () => {
    const companyKr = graph.findById(company, 'kr1.1')!;
    expect(graph.childrenOf(companyKr).map(label)).toEqual(['teams/onboarding.okr.md#O1']);
  });
  it('rolls progress up from KRs to objectives and the plan', () => {
    const [kr11, kr12] = team.nodes.filter((n) => n.kind === 'kr');
    expect(graph.progressOf(kr11!)).toBeCloseTo(0.4); // 10 → 5 days, now 8
    expect(graph.progressOf(kr12!)).toBeCloseTo(0.5); // 40% → 60%, latest check-in 50%
    expect(graph.progressOf(team.nodes.find((n) => n.id === 'O1')!)).toBeCloseTo(0.45);
    expect(graph.planProgress(team)).toBeCloseTo(0.45);
    expect(graph.progressOf(graph.findById(company, 'KR1.2')!)).toBe(0.5); // Score wins
  });
  it('rolls progress up across plans: a company KR without numbers of its own shows its cascaded objectives', () => {
    const companyKr = graph.findById(company, 'KR1.1')!;
    expect(graph.progressOf(companyKr)).toBeCloseTo(0.45); // the team's O1
    expect(graph.progressSource(companyKr)).toBe('cascade');
    expect(graph.progressSource(graph.findById(company, 'KR1.2')!)).toBe('own');
    expect(graph.progressOf(graph.findById(company, 'O1')!)).toBeCloseTo((0.45 + 0.5) / 2);
    expect(graph.planProgress(company)).toBeCloseTo(0.475);
  });
  it('lets a key result’s own numbers win over what cascades into it, and follows edits', () => {
    const g = workspace({ '/ws/company/2026-Q1.okr.md': COMPANY.replace('to 15k\n', 'to 15k\nCurrent: 14k\n'), '/ws/teams/onboarding.okr.md': TEAM });
    const companyKr = g.findById(g.plan('/ws/company/2026-Q1.okr.md')!, 'KR1.1')!;
    expect(g.progressOf(companyKr)).toBeCloseTo(0.8); // 10k → 15k, now 14k
    expect(g.progressSource(companyKr)).toBe('own');
    // An edit in the team plan reaches the company objective above it.
    g.setPlan(parsePlan('/ws/company/2026-Q1.okr.md', COMPANY));
    const company2 = g.plan('/ws/company/2026-Q1.okr.md')!;
    expect(g.progressOf(g.findById(company2, 'KR1.1')!)).toBeCloseTo(0.45);
    g.setPlan(parsePlan('/ws/teams/onboarding.okr.md', TEAM.replace('- 2026-01-24: 50%', '- 2026-01-24: 60%')));
    expect(g.progressOf(g.findById(company2, 'KR1.1')!)).toBeCloseTo(0.7); // (0.4 + 1) / 2
    expect(g.progressOf(g.findById(company2, 'O1')!)).toBeCloseTo(0.6);
  });
  it('reports unresolved references with a reason', () => {
    const g = workspace({ '/ws/a.okr.md': '## Objective: a\nParent: missing.okr.md#KR1.1\n### KR: b\nParent: KR9.9\n' });
    const [objective, kr] = g.plan('/ws/a.okr.md')!.nodes;
    expect(g.parentOf(objective!)).toMatchObject({ status: 'unresolved', reason: expect.stringContaining('no plan') });
    expect(g.parentOf(kr!)).toMatchObject({ status: 'unresolved', reason: expect.stringContaining('KR9.9') });
  });
  it('never resolves outside the workspace roots', () => {
    const g = workspace({ '/ws/a.okr.md': '## Objective: a\nParent: ../../../../etc/passwd#x\n', '/etc/passwd': '# Mission: no' });
    const link = g.parentOf(g.plan('/ws/a.okr.md')!.nodes[0]!);
    expect(link).toMatchObject({ status: 'unresolved', reason: expect.stringContaining('outside the workspace') });
  });
  it('survives parent cycles across plans', () => {
    const g = workspace({
      '/ws/a.okr.md': '## Objective O1: a\n### KR1.1: x from 1 to 2\nParent: b.okr.md#O1\n',
      '/ws/b.okr.md': '## Objective O1: b\nParent: a.okr.md#KR1.1\n',
    });
    const kr = g.findById(g.plan('/ws/a.okr.md')!, 'KR1.1')!;
    expect(g.chainOf(kr).end).toBe('cycle');
    expect(g.isInCycle(kr)).toBe(true);
    expect(g.isInCycle(g.plan('/ws/b.okr.md')!.nodes[0]!)).toBe(true);
    expect(g.isInCycle(g.plan('/ws/a.okr.md')!.nodes[0]!)).toBe(false);
    // Progress rolls up through the cycle without looping: b's O1 has no key result of its own.
    expect(g.progressOf(kr)).toBeUndefined();
    expect(g.progressOf(g.plan('/ws/a.okr.md')!.nodes[0]!)).toBeUndefined();
  });
  it('survives front-matter parent cycles between plans', () => {
    const g = workspace({
      '/ws/a.okr.md': '---\nparent: b.okr.md\n---\n## Objective: a\n### KR: KR9.9 missing\nParent: KR9.9\n',
      '/ws/b.okr.md': '---\nparent: a.okr.md\n---\n## Objective: b\n',
    });
    const plan = g.plan('/ws/a.okr.md')!;
    expect(g.missionFor(plan)).toBeUndefined();
    expect(g.parentOf(plan.nodes[1]!).status).toBe('unresolved');
    expect(g.chainOf(plan.nodes[0]!).end).toBe('none');
  });
  it('updates when a plan is replaced or removed', () => {
    const g = workspace({ '/ws/company.okr.md': COMPANY.replace('KR1.1', 'KR1.9'), '/ws/team.okr.md': '## Objective: t\nParent: company.okr.md#KR1.1\n' });
    const objective = () => g.plan('/ws/team.okr.md')!.nodes[0]!;
    expect(g.parentOf(objective()).status).toBe('unresolved');
    g.setPlan(parsePlan('/ws/company.okr.md', COMPANY));
    expect(g.parentOf(objective()).status).toBe('resolved');
    g.removePlan('/ws/company.okr.md');
    expect(g.parentOf(objective()).status).toBe('unresolved');
  });
});

describe('links shared by the nodes of a plan', () => {
  it('are one per parent, and follow a parent plan replaced with the same link facts', () => {
    const company = '/ws/company/2026-Q1.okr.md';
    const team = '/ws/teams/a.okr.md';
    const teamText = '---\nperiod: 2026-Q1\nparent: ../company/2026-Q1.okr.md\n---\n## Objective O1: Owners see their cash\n### KR1.1: Reach 40 NPS\n### KR1.2: Reach 50 NPS\n## Objective O2: Partners connect alone\n### KR2.1: Reach 60 NPS\n';
    const g = workspace({ [company]: COMPANY, [team]: teamText });
    const node = (id: string) => g.findById(g.plan(team)!, id)!;
    expect(g.parentOf(node('KR1.1'))).toBe(g.parentOf(node('KR1.2')));
    expect(g.parentOf(node('KR1.1'))).not.toBe(g.parentOf(node('KR2.1')));
    expect(g.parentOf(node('O1'))).toBe(g.parentOf(node('O2')));
    expect(g.parentOf(node('O1'))).toMatchObject({ status: 'resolved', via: 'plan-mission' });
    // The mission reworded: same link facts, so the team plan's links are moved to the new mission, for both objectives.
    g.setPlan(parsePlan(company, COMPANY.replace('understand their money', 'see their money')));
    const mission = g.plan(company)!.nodes[0]!;
    expect(mission.title).toBe('Help small businesses see their money');
    for (const id of ['O1', 'O2']) expect(g.parentOf(node(id))).toMatchObject({ status: 'resolved', node: mission, via: 'plan-mission' });
    for (const id of ['KR1.1', 'KR1.2']) expect((g.parentOf(node(id)) as { node: PlanNode }).node).toBe(node('O1'));
    expect(g.childrenOf(mission).map((n) => n.id).sort()).toEqual(['O1', 'O1', 'O2']);
  });
});

describe('WorkspaceGraph kept up to date plan by plan', () => {
  const base = [...generateWorkspace(6, 60, 2)].map(([path, text]) => [`/ws/${path}`, text] as const);
  /** Variants of a plan that move its links: parents renamed, parent plans dropped or pointed elsewhere, nodes gone. */
  const variants = (text: string): string[] => [
    text,
    text.replace(/#KR1\.1/g, '#KR2.1'),
    text.replace(/^parent: .*$/m, 'parent: ../../company/unit-1.okr.md'),
    text.replace(/^Parent: .*$/gm, ''),
    text.replace(/^### KR1\.1:/m, '### KR9.9:'),
    text.split('\n').slice(0, 20).join('\n'),
  ];
  const step = fc.record({ plan: fc.nat({ max: base.length - 1 }), variant: fc.nat({ max: 6 }) });

  /** Every node's parent and children, by position (ids can repeat), from a graph. */
  function shape(graph: WorkspaceGraph): string[] {
    const where = (n: PlanNode) => `${n.file}:${n.range.start.line}`;
    return graph.plans().flatMap((plan) =>
      plan.nodes.map((node) => {
        const link = graph.parentOf(node);
        const parent = link.status === 'resolved' ? where(link.node) : link.status;
        return `${where(node)} → ${parent} ⇐ ${graph.childrenOf(node).map(where).join(',')}`;
      }),
    );
  }

  it('answers like a graph built from scratch after any sequence of replacements and removals (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const graph = new WorkspaceGraph(['/ws']);
        const current = new Map<string, string>();
        for (const [file, text] of base) {
          graph.setPlan(parsePlan(file, text));
          current.set(file, text);
        }
        shape(graph);
        for (const { plan, variant } of steps) {
          const [file, text] = base[plan]!;
          const next = variants(text)[variant];
          if (next === undefined) {
            graph.removePlan(file);
            current.delete(file);
          } else {
            graph.setPlan(parsePlan(file, next));
            current.set(file, next);
          }
          // The same plans in the same order (children are listed in the order plans were added).
          const fresh = new WorkspaceGraph(['/ws']);
          for (const p of graph.plans()) fresh.setPlan(p);
          expect(graph.plans().map((p) => p.file).sort()).toEqual([...current.keys()].sort());
          expect(shape(graph).sort()).toEqual(shape(fresh).sort());
        }
      }),
      propertyRuns(40, 20261130),
    );
  });
});

describe('WorkspaceGraph with plans parsed on first use', () => {
  const files = [...generateWorkspace(30, 60, 3)].map(([path, text]) => [`/ws/${path}`, text] as const);
  // Plans that name their parents in other ways than the generator: quoted front matter, a Markdown link, a compact list field.
  files.push(['/ws/teams/odd/quoted.okr.md', '---\nparent: "../../company/unit-1.okr.md"\n---\n## Objective: Odd ones count\nParent: KR1.2\n']);
  files.push(['/ws/teams/odd/linked.okr.md', '## Objective: Linked\n- Parent: [company](../../company/unit-2.okr.md#KR2.1)\n']);
  // Lines that look like links but are not read as one (a code fence, a second Parent, a mission's Parent),
  // a node on the first line after a byte-order mark, CRLF, a bare id through the front matter, and a plan naming itself.
  files.push(['/ws/teams/odd/fenced.okr.md', '## Objective: Fenced\n```\nParent: ../../company/unit-0.okr.md#KR1.1\n```\n- KR: Two parents from 1 to 2\n  - Parent: ../../company/unit-0.okr.md#KR1.2\n  - Parent: ../../company/unit-0.okr.md#KR1.1\n']);
  files.push(['/ws/teams/odd/mission.okr.md', '# Mission: Ours\nParent: ../../company/unit-0.okr.md#KR1.1\n']);
  files.push(['/ws/teams/odd/bom.okr.md', '\ufeff- Objective: 🎉 First line\r\n  - Parent: ../../company/unit-0.okr.md#KR1.1\r\n- KR: 中文 from 1 to 2\r\n  Parent: ../../company/unit-0.okr.md#O1\r\n']);
  files.push(['/ws/teams/odd/bare.okr.md', '---\nparent: ../../company/unit-0.okr.md\n---\n## Objective: Bare\nParent: KR1.1\n']);
  files.push(['/ws/teams/odd/shadow.okr.md', '---\nparent: ../../company/unit-0.okr.md\n---\n## Objective: Shadowed\n### KR: Own, so KR1.1 here, from 1 to 2\n#### Initiative: Here\nParent: KR1.1\n']);
  files.push(['/ws/teams/odd/self.okr.md', '## Objective: Self\n### KR1.1: Mine from 1 to 2\n#### Initiative: Named by path\nParent: self.okr.md#KR1.1\n']);
  const parsed = (file: string, text: string) => parsePlan(file, text);
  const pendingGraph = (): WorkspaceGraph => {
    const graph = new WorkspaceGraph(['/ws']);
    for (const [file, text] of files) {
      graph.setPending({ file, parse: () => parsed(file, text), sectionNodes: (wanted) => parseSectionsWhere(file, text, wanted), ...scanParents(file, text) });
    }
    return graph;
  };
  const full = new WorkspaceGraph(['/ws']);
  for (const [file, text] of files) full.setPlan(parsed(file, text));
  const where = (n: PlanNode) => `${n.file}:${n.range.start.line}`;

  it('finds every child of a node before the other plans are parsed, parsing only plans that may point at it', () => {
    for (const [file] of files) {
      const graph = pendingGraph();
      for (const node of graph.plan(file)!.nodes) {
        const expected = full.childrenOf(full.plan(file)!.nodes.find((n) => where(n) === where(node))!).map(where);
        expect(graph.childrenOf(node).map(where)).toEqual(expected);
      }
    }
    const graph = pendingGraph();
    const company = graph.plan('/ws/company/unit-0.okr.md')!;
    const kr = company.nodes.find((n) => n.id === 'KR1.1')!;
    const naming = files.filter(([, text]) => text.includes('unit-0.okr.md#KR1.1')).map(([file]) => file);
    const namingByBareId = ['/ws/teams/odd/bare.okr.md', '/ws/teams/odd/shadow.okr.md'];
    const notReadAsLinks = ['/ws/teams/odd/fenced.okr.md', '/ws/teams/odd/mission.okr.md'];
    expect(naming.length).toBeGreaterThan(notReadAsLinks.length);
    const childFiles = new Set(graph.childrenOf(kr).map((child) => child.file).filter((file) => file !== company.file));
    expect([...childFiles].sort()).toEqual([...naming.filter((f) => !notReadAsLinks.includes(f)), '/ws/teams/odd/bare.okr.md'].sort());
    expect(graph.pendingCount()).toBe(files.length - 1 - naming.length - namingByBareId.length);
  });

  it('places every child of a node like a fully parsed graph, reading only sections of plans that name it by path', () => {
    const place = (p: { file: string; range: PlanNode['range'] }) => `${p.file}:${JSON.stringify(p.range)}`;
    for (const [file] of files) {
      const graph = pendingGraph();
      for (const node of graph.plan(file)!.nodes) {
        const expected = full.childrenOf(full.plan(file)!.nodes.find((n) => where(n) === where(node))!).map(place);
        expect(graph.childPlacesOf(node).map(place), where(node)).toEqual(expected);
      }
    }
    const graph = pendingGraph();
    const kr = graph.plan('/ws/company/unit-0.okr.md')!.nodes.find((n) => n.id === 'KR1.1')!;
    const places = graph.childPlacesOf(kr);
    expect(places.map((p) => p.file)).toEqual(expect.arrayContaining(['/ws/teams/odd/bom.okr.md', '/ws/teams/odd/bare.okr.md']));
    expect(places.filter((p) => /fenced|mission|self/.test(p.file))).toEqual([]);
    expect(places.find((p) => p.file.endsWith('bom.okr.md'))!.range.start).toEqual({ line: 0, character: 3 });
    // Only the plans naming it by a bare id were parsed.
    expect(graph.pendingCount()).toBe(files.length - 3);
  });

  it('resolves parents and lists plans in the order they were added, parsed or not', () => {
    const graph = pendingGraph();
    for (const [file] of files) {
      for (const node of graph.plan(file)!.nodes) {
        const link = graph.parentOf(node);
        const expected = full.parentOf(full.plan(file)!.nodes.find((n) => where(n) === where(node))!);
        expect(link.status === 'resolved' ? where(link.node) : link.status).toEqual(expected.status === 'resolved' ? where(expected.node) : expected.status);
      }
    }
    expect(pendingGraph().files()).toEqual(files.map(([file]) => file));
    expect(pendingGraph().plans().map((p) => p.file)).toEqual(files.map(([file]) => file));
  });
});

describe('an index over every plan', () => {
  it('keeps no key for the texts an objective passed through while it was typed', async () => {
    const { objectivesByText } = await import('../server/src/core/rules/helpers/objective-texts');
    const graph = new WorkspaceGraph(['/ws']);
    const other = '/ws/other.okr.md';
    graph.setPlan(parsePlan(other, '## Objective O1: Owners trust the numbers\n'));
    const typed = '/ws/typed.okr.md';
    let title = 'Owners';
    for (const word of ' see every payout the day it lands'.split(/(?= )/)) {
      title += word;
      graph.setPlan(parsePlan(typed, `## Objective O1: ${title}\n`));
      expect(graph.index(objectivesByText).get('owners trust the numbers')).toHaveLength(1);
    }
    // The other plan's objective and the typed one's last text: the texts typed on the way are gone.
    expect(graph.index(objectivesByText).keyCount()).toBe(2);
  });
});

describe('a key result listed apart from its objective, its id naming it', () => {
  const text = '## Objectives\n\n- O1: Owners see their cash\n- O2: Partners connect alone\n\n## Key results\n\n- KR1.1: Reach 40 NPS\n- KR 1.2: Reach 50 NPS\n- KR-2.1: Reach 60 NPS\n- KR3.1: Reach 70 NPS\n';
  it('serves the objective its id names (`KR1.2` → `O1`, `KR-2.1` → `O2`); an id naming no objective leaves it an orphan', () => {
    const g = workspace({ '/ws/a.okr.md': text });
    const plan = g.plan('/ws/a.okr.md')!;
    const node = (id: string) => g.findById(plan, id)!;
    expect(g.parentOf(node('KR1.1'))).toMatchObject({ status: 'resolved', node: node('O1'), via: 'id' });
    expect(g.parentOf(node('KR1.2'))).toMatchObject({ status: 'resolved', node: node('O1'), via: 'id' });
    expect(g.parentOf(node('KR2.1'))).toMatchObject({ status: 'resolved', node: node('O2'), via: 'id' });
    expect(g.parentOf(node('KR3.1')).status).toBe('none');
    expect(g.childrenOf(node('O1')).map((n) => n.id)).toEqual(['KR1.1', 'KR1.2']);
    expect(g.chainOf(node('KR1.2')).nodes.map((n) => n.id)).toEqual(['KR1.2', 'O1']);
  });
  it('nesting wins: a key result under an objective serves it, whatever its id says', () => {
    const g = workspace({ '/ws/a.okr.md': '## Objective O1: Owners see their cash\n### KR2.1: Reach 40 NPS\n## Objective O2: Partners connect alone\n### KR2.2: Reach 60 NPS\n' });
    const plan = g.plan('/ws/a.okr.md')!;
    expect(g.parentOf(g.findById(plan, 'KR2.1')!)).toMatchObject({ status: 'resolved', node: g.findById(plan, 'O1'), via: 'nesting' });
  });
});
