/**
 * Throughline's custom LSP requests, declared once for the server and the VS Code client.
 */
import { NotificationType, RequestType, type Location, type TextDocumentPositionParams } from 'vscode-languageserver-protocol';

/** The parent of the node at a position (initiative → KR → objective → mission, or the KR it cascades from); null at the top. */
export const ParentRequest = new RequestType<TextDocumentPositionParams, Location | null, void>('throughline/parent');

/** The node at a position and each parent up to the mission. */
export const ChainRequest = new RequestType<TextDocumentPositionParams, Location[], void>('throughline/chain');

// --- Requests behind the VS Code views ----------------------------------------------------

export type { AlignmentItem, PlanSummary } from './core/features/alignment-tree';
import type { AlignmentItem, PlanSummary } from './core/features/alignment-tree';

/** Every mission with what cascades into it, then the nodes that reach no parent. */
export const AlignmentTreeRequest = new RequestType<Record<string, never>, AlignmentItem[], void>('throughline/alignmentTree');

/** Progress and problem counts of one plan, for the status bar; null when the document is not a plan. */
export const PlanSummaryRequest = new RequestType<{ uri: string }, PlanSummary | null, void>('throughline/planSummary');

/** A rule's full explanation in Markdown (what hovers show), by code or name; null for an unknown rule. */
export const ExplainRuleRequest = new RequestType<{ rule: string }, string | null, void>('throughline/explainRule');

export type { MapViewAnswer, MapViewParams } from './core/report/map-view';
import type { MapViewAnswer, MapViewParams } from './core/report/map-view';

/**
 * The Alignment Map panel's page messages (and `refresh` when plans changed, `close` when it is
 * gone), answered by the server, which keeps the map: the visible part as HTML, a plan to open, or nothing.
 */
export const MapViewRequest = new RequestType<MapViewParams, MapViewAnswer, void>('throughline/mapView');

/** Sent by the server after plans changed and their diagnostics were updated, so views refresh. */
export const PlansChangedNotification = new NotificationType<Record<string, never>>('throughline/plansChanged');

// --- Writing plans ------------------------------------------------------------------------

/** The next period's plan from the plan at `uri` (what "Start Next Quarter's Plan" writes): where it goes and its text; null when the plan has no period to follow. */
export const NextPeriodPlanRequest = new RequestType<{ uri: string }, { uri: string; period: string; text: string; carried: string[]; left: string[] } | null, void>('throughline/nextPeriodPlan');

/** Sent by the client when the cursor moves to another line of a plan: a field typed on the line it leaves is judged then. */
export const CursorLineNotification = new NotificationType<{ uri: string; line: number }>('throughline/cursorLine');

// --- A workspace with no file system the server can read (a browser: vscode.dev, github.dev) ---

/** A file's URI and its text. */
export interface WorkspaceFile {
  uri: string;
  text: string;
}

/**
 * Asked by a server that cannot read files: the workspace's files matching any of the globs
 * (relative to each workspace folder), with their text. The server asks for plans and
 * `.okrrc.json` files first, then for the Markdown the configs' `files` globs name.
 */
export const WorkspaceFilesRequest = new RequestType<{ globs: string[] }, WorkspaceFile[], void>('throughline/workspaceFiles');

/** Sent by the client of such a server when a watched file is created, changed (with its text) or deleted (`text` null). */
export const FileContentNotification = new NotificationType<{ uri: string; text: string | null }>('throughline/fileContent');
