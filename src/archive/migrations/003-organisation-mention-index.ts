/**
 * Only organisation mentions are looked up by their text (search by an organisation as written,
 * abbreviations included), so only they are indexed by it: every other mention was an index
 * write at ingest for nothing (a quarter of the cost of storing mentions).
 */
export const organisationMentionIndex = `
DROP INDEX mentions_text;
CREATE INDEX mentions_organisation_text ON mentions (text) WHERE type = 'organisation';
`;
