/** View shapes and helpers of the link editor; the shapes are shared with storage's queries. */
import type { LinkEndView, LinkTargetView, LinkView } from '@/core/model/views';

export type { LinkEndView, LinkTargetView, LinkView };

/** Relation notes offered as suggestions; the reader may type any other. */
export const RELATION_SUGGESTIONS = ['follow-up', 'contradicts', 'same figure', 'background'] as const;

export { isWebUrl } from '@/core/web-url';
