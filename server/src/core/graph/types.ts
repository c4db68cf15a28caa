import type { NodeKind, Plan, PlanNode, Quantity, Range, Reference } from '../model';

/** How a node's parent was found. */
export type ParentLink =
  | { status: 'resolved'; node: PlanNode; via: 'field' | 'nesting' | 'id' | 'plan-mission'; ref?: Reference }
  | { status: 'unresolved'; ref: Reference; reason: string }
  | { status: 'none' };

export interface Chain {
  /** The node itself first, then each parent up to the top. */
  nodes: PlanNode[];
  /** How the walk ended. */
  end: 'mission' | 'none' | 'unresolved' | 'cycle';
}

/** The key result numbers that progress uses, fields winning over the title. */
export interface KrValues {
  baseline?: Quantity;
  target?: Quantity;
  current?: Quantity;
  score?: number;
}

export type PlanTarget = { plan: Plan } | { error: string };

/**
 * A plan whose text is read but not parsed yet: a cold start registers every plan this way
 * and parses each on first use, so navigation answers before the whole workspace is parsed.
 */
export interface PendingPlan {
  file: string;
  parse(): Plan;
  /** Every file the plan's links may read besides itself (a superset, from `scanParents`). */
  mayRead: string[];
  /** Every node it may name, as `file#idkey` or `#idkey` for a bare id (a superset, from `scanParents`). */
  nodeRefs: string[];
  /** The nodes of its sections whose text passes `wanted`, without parsing the rest (`parseSectionsWhere`). */
  sectionNodes(wanted: (sectionText: string) => boolean): PlanNode[];
}

/** Where a node is. */
export interface NodePlace {
  file: string;
  range: Range;
}

export const PARENT_KIND: Record<NodeKind, NodeKind | undefined> = {
  mission: undefined,
  objective: 'mission',
  kr: 'objective',
  initiative: 'kr',
};

/** Parent kinds the dialect allows (§5). */
export function isAllowedParentKind(child: PlanNode, parent: PlanNode): boolean {
  if (child.kind === 'initiative') return parent.kind === 'kr';
  if (child.kind === 'kr') return parent.kind === 'objective';
  // A team objective cascades from a key result (the doctrine's way) or an objective of another plan.
  if (child.kind === 'objective') return parent.kind === 'mission' || ((parent.kind === 'kr' || parent.kind === 'objective') && parent.file !== child.file);
  return false;
}

