/**
 * Entity detection: named officials and other people in council news, with in-article
 * co-reference. See detect-people.ts for the pipeline.
 */
export { detectPeople } from './detect-people';
export type { PeopleInput, PeopleOptions } from './detect-people';
