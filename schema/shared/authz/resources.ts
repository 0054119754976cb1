import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../../api/context.js';
import type { Resource } from './actions.js';

/** Kinds of objects actions are checked against; each module that owns one registers how to load it. */
export type ResourceKind =
  /** An organisation of any kind. */
  | 'Organisation'
  | 'Province'
  | 'City'
  | 'District'
  | 'School'
  | 'Class'
  | 'Group'
  | 'Programme'
  | 'Batch'
  | 'Enrolment'
  | 'Selection'
  | 'User'
  | 'Course'
  | 'Workshop'
  | 'WorkshopActivity'
  | 'WorkshopPost'
  | 'ClassNotice'
  | 'Share'
  | 'Assignment'
  | 'AssignmentSubmission'
  | 'GroupActivity'
  | 'ExcellentNomination'
  | 'TutorEvaluation'
  | 'ClassProgressSnapshot'
  | 'Rubric'
  | 'AssessmentSpec'
  | 'Evidence'
  | 'EvidenceArtefact'
  | 'PeerReview'
  | 'PersonalDocument'
  | 'CreditEntry'
  | 'SchoolCompletion'
  | 'SchoolProofItem'
  | 'SchoolExpertAssessment'
  | 'Certificate'
  | 'RemedialRound'
  | 'SyncClient'
  | 'ExportJob'
  | 'WebhookSubscription'
  | 'WebhookDelivery'
  | 'Survey'
  | 'LibraryResource';

/** A loaded object as the check sees it: where it belongs, its owner, and whether the viewer may see it at all. */
export interface LoadedResource extends Resource {
  /** False when the viewer may not see the object: then it is reported exactly like a missing one. */
  visible: boolean;
  /**
   * The programme whose records the object belongs to, when it is a school's record in one (an enrolment, evidence, a
   * credit entry…): the closing guard refuses writes to it once that school closed (结项) in that programme.
   */
  programmeId?: string | null;
}

/** How a module loads its objects of one kind for authorization, many at once. */
export type ResourceLoader = (ids: readonly string[], context: Context) => Promise<Map<string, LoadedResource>>;

const loaders = new Map<ResourceKind, ResourceLoader>();

/** Registers the loader of a resource kind (once, by the module owning it). */
export function registerResource(kind: ResourceKind, load: ResourceLoader): void {
  if (loaders.has(kind)) throw new Error(`resource ${kind} is registered twice`);
  loaders.set(kind, load);
}

const requestLoaders = createContextCache((context: Context) => {
  const byKind = new Map<ResourceKind, DataLoader<string, LoadedResource | null>>();
  return (kind: ResourceKind) => {
    let loader = byKind.get(kind);
    if (!loader) {
      const load = loaders.get(kind);
      if (!load) throw new Error(`no loader is registered for resource ${kind}`);
      loader = new DataLoader(async (ids: readonly string[]) => {
        const found = await load(ids, context);
        return ids.map((id) => found.get(id) ?? null);
      });
      byKind.set(kind, loader);
    }
    return loader;
  };
});

/** The object of `kind` with `id` as the authorization check sees it (loaded once per request); null when missing. */
export function loadResource(context: Context, kind: ResourceKind, id: string): Promise<LoadedResource | null> {
  return requestLoaders(context)(kind).load(id);
}
