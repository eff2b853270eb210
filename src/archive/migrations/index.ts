import { initialSchema } from "./001-initial.js";
import { entitiesSchema } from "./002-entities.js";
import { organisationMentionIndex } from "./003-organisation-mention-index.js";

/**
 * Schema migrations in order; migration N (1-based) brings `PRAGMA user_version` from N-1 to N.
 * Kept as TypeScript string modules so that they are compiled into dist with the rest.
 * Never edit a migration that has shipped: append a new one.
 */
export const MIGRATIONS: readonly string[] = [initialSchema, entitiesSchema, organisationMentionIndex];
