import type { ArchiveApi } from "../archive/types.js";

const PEOPLE_LIMIT = 10_000;

/** Person ids of a paper by name, so credited names can link to person pages. */
export function personIdsByName(archive: ArchiveApi, paper: string): Map<string, number> {
  return new Map(archive.people({ paper, limit: PEOPLE_LIMIT }).map((person) => [person.name, person.id]));
}
