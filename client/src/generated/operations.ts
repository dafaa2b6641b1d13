/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BureausQueryVariables = Exact<{ [key: string]: never; }>;


export type BureausQuery = { entities: Array<
    | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
  > };

export type FirstDocumentQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstDocumentQuery = { entities: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  > };

export type CitationsQueryVariables = Exact<{
  documentId: string;
}>;


export type CitationsQuery = { citations: Array<{ entityId: string | null, edgeId: string | null, span: { start: number, end: number } }> };

export type DocumentQueryVariables = Exact<{
  id: string;
}>;


export type DocumentQuery = { document: { id: string, title: string, subtitle: string | null, date: string | null, place: string | null, text: string } | null };

export type DocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsQuery = { documents: Array<{ id: string, title: string, date: string | null, origin: Types.DataOrigin }> };

type EntityFields_Bureau_Fragment = { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

type EntityFields_Pledge_Fragment = { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

type EntityFields_Project_Fragment = { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

type EntityFields_Enterprise_Fragment = { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

type EntityFields_Institution_Fragment = { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

type EntityFields_Place_Fragment = { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

type EntityFields_Event_Fragment = { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

type EntityFields_Document_Fragment = { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

export type EntityFieldsFragment =
  | EntityFields_Bureau_Fragment
  | EntityFields_Pledge_Fragment
  | EntityFields_Project_Fragment
  | EntityFields_Enterprise_Fragment
  | EntityFields_Institution_Fragment
  | EntityFields_Place_Fragment
  | EntityFields_Event_Fragment
  | EntityFields_Document_Fragment
;

export type EdgeFieldsFragment = { id: string, type: string, source: string, target: string, note: string | null, noteZh: string | null, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<
    | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
  >, edges: Array<{ id: string, type: string, source: string, target: string, note: string | null, noteZh: string | null, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }> };

export type DraftDocumentQueryVariables = Exact<{
  input: Types.DraftInput;
}>;


export type DraftDocumentQuery = { draftDocument: { document: { id: string, sha256: string, chars: number, text: string, encoding: string }, mentions: Array<{ entityId: string, start: number, end: number, text: string }>, candidates: Array<{ kind: Types.EntityKind, name: string, start: number, end: number, rule: string }>, pledges: Array<{ bureauId: string | null, text: string, start: number, end: number, metric: string | null, target: number | null, unit: string | null, comparator: string | null, due: string | null, concerns: Array<string>, confidence: number, rule: string }>, progress: Array<{ entityId: string | null, pledgeId: string | null, status: Types.PledgeStatus, date: string | null, value: number | null, unit: string | null, share: number | null, start: number, end: number, text: string, rule: string }>, entities: Array<{ id: string, kind: Types.EntityKind, name: string, nameEn: string | null }> } };

export type IngestDocumentMutationVariables = Exact<{
  input: Types.IngestInput;
}>;


export type IngestDocumentMutation = { ingestDocument: { existed: boolean, mentioned: number, relationships: number, statusChanges: number, created: Array<{ ref: string, id: string }>, document: { id: string, title: string, date: string | null } } };

export type InvestmentTargetsQueryVariables = Exact<{
  bureauId?: string | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvestmentTargetsQuery = { investmentTargets: Array<{ relations: Array<string>, stage: Types.TargetStage | null, stageVerb: string | null, enterprise:
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    , destinations: Array<
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    >, byBureau: Array<{ relations: Array<string>, stage: Types.TargetStage | null, stageVerb: string | null, stageQuote: string | null, bureau:
        | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      , pledges: Array<{ id: string }>, destinations: Array<
        | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
        | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      >, sources: Array<{ quote: string, start: number }> }> }> };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string> | string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  documentId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    >, edges: Array<{ id: string, type: string, source: string, target: string, note: string | null, noteZh: string | null, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ truncated: boolean, nodes: Array<
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    >, edges: Array<{ id: string, type: string, source: string, target: string, note: string | null, noteZh: string | null, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<Types.EntityKind> | Types.EntityKind | null | undefined;
  limit?: number | null | undefined;
  documentId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
     }> };

export type SharedByBureausQueryVariables = Exact<{
  minBureaus?: number | null | undefined;
}>;


export type SharedByBureausQuery = { sharedByBureaus: Array<{ entity:
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    , bureaus: Array<
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { category: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
      | { id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }
    >, pledges: Array<{ text: string, metric: string | null, metricZh: string | null, target: number | null, unit: string | null, unitZh: string | null, comparator: string | null, year: number | null, status: string, attributionNote: string | null, attributionNoteZh: string | null, confidence: string | null, bureauId: string | null, id: string, kind: Types.EntityKind, name: string, nameEn: string | null, aliases: Array<string>, summary: string | null, summaryZh: string | null, statusHistory: Array<{ status: Types.PledgeStatus, date: string, value: number | null, unit: string | null, share: number | null, note: string | null, derived: boolean, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }>, sources: Array<{ documentId: string, start: number, end: number, quote: string, documentDate: string | null }> }> }> };

export type SaveWalkthroughMutationVariables = Exact<{
  input: Types.WalkthroughInput;
}>;


export type SaveWalkthroughMutation = { saveWalkthrough: { id: string, title: string, titleZh: string | null, origin: Types.WalkthroughOrigin, updatedAt: string | null, steps: Array<{ title: string, titleZh: string | null, narration: string, narrationZh: string | null, notes: string | null, notesZh: string | null, focus: Array<string>, highlight: Array<string>, selection: Array<string>, layout: string | null, positions: Array<{ id: string, x: number, y: number }>, viewport: { zoom: number, x: number, y: number } | null }> } };

export type DeleteWalkthroughMutationVariables = Exact<{
  id: string;
}>;


export type DeleteWalkthroughMutation = { deleteWalkthrough: boolean };

export type ImportWalkthroughMutationVariables = Exact<{
  yaml: string;
}>;


export type ImportWalkthroughMutation = { importWalkthrough: { id: string, title: string, titleZh: string | null, origin: Types.WalkthroughOrigin, updatedAt: string | null, steps: Array<{ title: string, titleZh: string | null, narration: string, narrationZh: string | null, notes: string | null, notesZh: string | null, focus: Array<string>, highlight: Array<string>, selection: Array<string>, layout: string | null, positions: Array<{ id: string, x: number, y: number }>, viewport: { zoom: number, x: number, y: number } | null }> } };

export type StepFieldsFragment = { title: string, titleZh: string | null, narration: string, narrationZh: string | null, notes: string | null, notesZh: string | null, focus: Array<string>, highlight: Array<string>, selection: Array<string>, layout: string | null, positions: Array<{ id: string, x: number, y: number }>, viewport: { zoom: number, x: number, y: number } | null };

export type WalkthroughFieldsFragment = { id: string, title: string, titleZh: string | null, origin: Types.WalkthroughOrigin, updatedAt: string | null, steps: Array<{ title: string, titleZh: string | null, narration: string, narrationZh: string | null, notes: string | null, notesZh: string | null, focus: Array<string>, highlight: Array<string>, selection: Array<string>, layout: string | null, positions: Array<{ id: string, x: number, y: number }>, viewport: { zoom: number, x: number, y: number } | null }> };

export type WalkthroughsQueryVariables = Exact<{ [key: string]: never; }>;


export type WalkthroughsQuery = { walkthroughs: Array<{ id: string, title: string, titleZh: string | null, origin: Types.WalkthroughOrigin, updatedAt: string | null, steps: Array<{ title: string, titleZh: string | null, narration: string, narrationZh: string | null, notes: string | null, notesZh: string | null, focus: Array<string>, highlight: Array<string>, selection: Array<string>, layout: string | null, positions: Array<{ id: string, x: number, y: number }>, viewport: { zoom: number, x: number, y: number } | null }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}
    `, {"fragmentName":"EntityFields"}) as unknown as TypedDocumentString<EntityFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Edge {
  id
  type
  source
  target
  note
  noteZh
  attributionNote
  attributionNoteZh
  confidence
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
}
    `, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    ...EntityFields
  }
  edges {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  note
  noteZh
  attributionNote
  attributionNoteZh
  confidence
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const StepFieldsFragmentDoc = new TypedDocumentString(`
    fragment StepFields on Step {
  title
  titleZh
  narration
  narrationZh
  notes
  notesZh
  focus
  highlight
  selection
  layout
  positions {
    id
    x
    y
  }
  viewport {
    zoom
    x
    y
  }
}
    `, {"fragmentName":"StepFields"}) as unknown as TypedDocumentString<StepFieldsFragment, unknown>;
export const WalkthroughFieldsFragmentDoc = new TypedDocumentString(`
    fragment WalkthroughFields on Walkthrough {
  id
  title
  titleZh
  origin
  updatedAt
  steps {
    ...StepFields
  }
}
    fragment StepFields on Step {
  title
  titleZh
  narration
  narrationZh
  notes
  notesZh
  focus
  highlight
  selection
  layout
  positions {
    id
    x
    y
  }
  viewport {
    zoom
    x
    y
  }
}`, {"fragmentName":"WalkthroughFields"}) as unknown as TypedDocumentString<WalkthroughFieldsFragment, unknown>;
export const BureausDocument = new TypedDocumentString(`
    query Bureaus {
  entities(kinds: [BUREAU]) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}`) as unknown as TypedDocumentString<BureausQuery, BureausQueryVariables>;
export const FirstDocumentDocument = new TypedDocumentString(`
    query FirstDocument {
  entities(kinds: [DOCUMENT], limit: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<FirstDocumentQuery, FirstDocumentQueryVariables>;
export const CitationsDocument = new TypedDocumentString(`
    query Citations($documentId: ID!) {
  citations(documentId: $documentId) {
    span {
      start
      end
    }
    entityId
    edgeId
  }
}
    `) as unknown as TypedDocumentString<CitationsQuery, CitationsQueryVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($id: ID!) {
  document(id: $id) {
    id
    title
    subtitle
    date
    place
    text
  }
}
    `) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents {
  documents {
    id
    title
    date
    origin
  }
}
    `) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const DraftDocumentDocument = new TypedDocumentString(`
    query DraftDocument($input: DraftInput!) {
  draftDocument(input: $input) {
    document {
      id
      sha256
      chars
      text
      encoding
    }
    mentions {
      entityId
      start
      end
      text
    }
    candidates {
      kind
      name
      start
      end
      rule
    }
    pledges {
      bureauId
      text
      start
      end
      metric
      target
      unit
      comparator
      due
      concerns
      confidence
      rule
    }
    progress {
      entityId
      pledgeId
      status
      date
      value
      unit
      share
      start
      end
      text
      rule
    }
    entities {
      id
      kind
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<DraftDocumentQuery, DraftDocumentQueryVariables>;
export const IngestDocumentDocument = new TypedDocumentString(`
    mutation IngestDocument($input: IngestInput!) {
  ingestDocument(input: $input) {
    existed
    created {
      ref
      id
    }
    mentioned
    relationships
    statusChanges
    document {
      id
      title
      date
    }
  }
}
    `) as unknown as TypedDocumentString<IngestDocumentMutation, IngestDocumentMutationVariables>;
export const InvestmentTargetsDocument = new TypedDocumentString(`
    query InvestmentTargets($bureauId: ID, $limit: Int, $after: ID) {
  investmentTargets(bureauId: $bureauId, limit: $limit, after: $after) {
    enterprise {
      ...EntityFields
    }
    destinations {
      ...EntityFields
    }
    relations
    stage
    stageVerb
    byBureau {
      bureau {
        ...EntityFields
      }
      pledges {
        id
      }
      relations
      stage
      stageVerb
      stageQuote
      destinations {
        ...EntityFields
      }
      sources {
        quote
        start
      }
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}`) as unknown as TypedDocumentString<InvestmentTargetsQuery, InvestmentTargetsQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int, $documentId: ID, $from: String, $to: String, $asOf: String) {
  neighborhood(
    ids: $ids
    depth: $depth
    limit: $limit
    documentId: $documentId
    from: $from
    to: $to
    asOf: $asOf
  ) {
    ...SubgraphFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  note
  noteZh
  attributionNote
  attributionNoteZh
  confidence
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
}
fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    ...EntityFields
  }
  edges {
    ...EdgeFields
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    ...SubgraphFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  note
  noteZh
  attributionNote
  attributionNoteZh
  confidence
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
}
fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    ...EntityFields
  }
  edges {
    ...EdgeFields
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [EntityKind!], $limit: Int, $documentId: ID, $from: String, $to: String) {
  search(
    text: $text
    kinds: $kinds
    limit: $limit
    documentId: $documentId
    from: $from
    to: $to
  ) {
    score
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SharedByBureausDocument = new TypedDocumentString(`
    query SharedByBureaus($minBureaus: Int) {
  sharedByBureaus(minBureaus: $minBureaus) {
    entity {
      ...EntityFields
    }
    bureaus {
      ...EntityFields
    }
    pledges {
      ...EntityFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  nameEn
  aliases
  summary
  summaryZh
  sources {
    documentId
    start
    end
    quote
    documentDate
  }
  ... on Pledge {
    text
    metric
    metricZh
    target
    unit
    unitZh
    comparator
    year
    status
    statusHistory {
      status
      date
      value
      unit
      share
      note
      derived
      sources {
        documentId
        start
        end
        quote
        documentDate
      }
    }
    attributionNote
    attributionNoteZh
    confidence
    bureauId
  }
  ... on Project {
    category
  }
  ... on Enterprise {
    category
  }
  ... on Institution {
    category
  }
  ... on Place {
    category
  }
  ... on Event {
    category
  }
}`) as unknown as TypedDocumentString<SharedByBureausQuery, SharedByBureausQueryVariables>;
export const SaveWalkthroughDocument = new TypedDocumentString(`
    mutation SaveWalkthrough($input: WalkthroughInput!) {
  saveWalkthrough(input: $input) {
    ...WalkthroughFields
  }
}
    fragment StepFields on Step {
  title
  titleZh
  narration
  narrationZh
  notes
  notesZh
  focus
  highlight
  selection
  layout
  positions {
    id
    x
    y
  }
  viewport {
    zoom
    x
    y
  }
}
fragment WalkthroughFields on Walkthrough {
  id
  title
  titleZh
  origin
  updatedAt
  steps {
    ...StepFields
  }
}`) as unknown as TypedDocumentString<SaveWalkthroughMutation, SaveWalkthroughMutationVariables>;
export const DeleteWalkthroughDocument = new TypedDocumentString(`
    mutation DeleteWalkthrough($id: ID!) {
  deleteWalkthrough(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWalkthroughMutation, DeleteWalkthroughMutationVariables>;
export const ImportWalkthroughDocument = new TypedDocumentString(`
    mutation ImportWalkthrough($yaml: String!) {
  importWalkthrough(yaml: $yaml) {
    ...WalkthroughFields
  }
}
    fragment StepFields on Step {
  title
  titleZh
  narration
  narrationZh
  notes
  notesZh
  focus
  highlight
  selection
  layout
  positions {
    id
    x
    y
  }
  viewport {
    zoom
    x
    y
  }
}
fragment WalkthroughFields on Walkthrough {
  id
  title
  titleZh
  origin
  updatedAt
  steps {
    ...StepFields
  }
}`) as unknown as TypedDocumentString<ImportWalkthroughMutation, ImportWalkthroughMutationVariables>;
export const WalkthroughsDocument = new TypedDocumentString(`
    query Walkthroughs {
  walkthroughs {
    ...WalkthroughFields
  }
}
    fragment StepFields on Step {
  title
  titleZh
  narration
  narrationZh
  notes
  notesZh
  focus
  highlight
  selection
  layout
  positions {
    id
    x
    y
  }
  viewport {
    zoom
    x
    y
  }
}
fragment WalkthroughFields on Walkthrough {
  id
  title
  titleZh
  origin
  updatedAt
  steps {
    ...StepFields
  }
}`) as unknown as TypedDocumentString<WalkthroughsQuery, WalkthroughsQueryVariables>;