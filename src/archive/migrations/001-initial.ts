/** Papers, editions, pages with history, images, articles with versions, items, people, full-text index. */
export const initialSchema = `
CREATE TABLE papers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE editions (
  id INTEGER PRIMARY KEY,
  paper_id INTEGER NOT NULL REFERENCES papers(id),
  date TEXT NOT NULL,
  UNIQUE (paper_id, date)
);

CREATE TABLE pages (
  id INTEGER PRIMARY KEY,
  edition_id INTEGER NOT NULL REFERENCES editions(id),
  page TEXT NOT NULL,
  section TEXT,
  sha256 TEXT NOT NULL,
  source TEXT NOT NULL,
  parsed TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  ingested_at TEXT NOT NULL,
  UNIQUE (edition_id, page)
);

CREATE TABLE page_history (
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  source TEXT NOT NULL,
  parsed TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  UNIQUE (page_id, revision)
);

CREATE TABLE page_images (
  page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
  png BLOB NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  scale REAL NOT NULL
);

-- status: 'live' (on its page), 'merged' (folded into the article before it),
-- 'stale' (an editor's correction whose source article changed on re-ingest; kept for review).
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id),
  ord INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'merged', 'stale')),
  version INTEGER NOT NULL DEFAULT 1,
  -- fingerprint of the article as parsed; NULL for an article an editor split off
  parsed_fp TEXT,
  split_from INTEGER REFERENCES articles(id)
);
CREATE INDEX articles_page ON articles (page_id, status, ord);

CREATE TABLE article_versions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  author TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
) WITHOUT ROWID;

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX items_page ON items (page_id, ord);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  paper_id INTEGER NOT NULL REFERENCES papers(id),
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  UNIQUE (paper_id, name_norm)
);
CREATE INDEX people_norm ON people (name_norm);

CREATE TABLE article_people (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id),
  role TEXT NOT NULL,
  PRIMARY KEY (article_id, person_id, role)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people (person_id, role);

CREATE TABLE item_people (
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id),
  role TEXT NOT NULL,
  PRIMARY KEY (item_id, person_id, role)
) WITHOUT ROWID;
CREATE INDEX item_people_person ON item_people (person_id, role);

-- Fed with space-joined jieba search-mode tokens; rowid = articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline, body, people,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Ranking: bm25 with the headline fields weighted 10, body 1, people 4.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');
`;
