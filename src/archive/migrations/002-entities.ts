/**
 * Entities named in article text (people, organisations, places), one per paper by type and key,
 * and every mention of them and of quantities and dates, with its span in `articleText(article)`.
 * Mentions exist only for live articles: they go when an article is merged or goes stale.
 */
export const entitiesSchema = `
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  paper_id INTEGER NOT NULL REFERENCES papers(id),
  type TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place')),
  -- the division code for a resolved division, else the normalised name
  key TEXT NOT NULL,
  -- the full name for an organisation whose abbreviation links to it; the official name for a division
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  -- places: 'division' or 'site'; a division's GB/T 2260 code and its path (JSON array, province first)
  kind TEXT,
  code TEXT,
  path TEXT,
  UNIQUE (paper_id, type, key)
);
CREATE INDEX entities_type_name ON entities (type, name_norm);
CREATE INDEX entities_code ON entities (code) WHERE code IS NOT NULL;

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  -- NULL for quantities and dates
  entity_id INTEGER REFERENCES entities(id),
  type TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place', 'quantity', 'date')),
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  -- which sentence of the article text the mention is in, from 0
  sentence INTEGER NOT NULL,
  -- people: the title or role the text gives them
  title TEXT,
  -- quantities
  value REAL,
  unit TEXT,
  approx INTEGER,
  ordinal INTEGER,
  counts TEXT,
  -- dates: ISO dates, inclusive; resolved 0 when the text does not pin the date down
  date_from TEXT,
  date_to TEXT,
  time_of_day TEXT,
  resolved INTEGER
);
CREATE INDEX mentions_article ON mentions (article_id, sentence);
CREATE INDEX mentions_entity ON mentions (entity_id, article_id) WHERE entity_id IS NOT NULL;
CREATE INDEX mentions_text ON mentions (type, text);
`;
