"""The SQLite schema as a list of forward migrations.

`MIGRATIONS[i]` takes a database from version i to i+1 (`PRAGMA user_version`). Never edit a
released migration: append a new one, and add a fixture database + test for it.
"""

from __future__ import annotations

V1 = """
CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    full_name       TEXT NOT NULL DEFAULT '',
    given_names     TEXT NOT NULL DEFAULT '',
    family_names    TEXT NOT NULL DEFAULT '',
    prefix          TEXT NOT NULL DEFAULT '',
    suffix          TEXT NOT NULL DEFAULT '',
    org             TEXT NOT NULL DEFAULT '',
    department      TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    sort_name       TEXT NOT NULL DEFAULT '',   -- folded, for ordering
    sort_org        TEXT NOT NULL DEFAULT '',
    warmth          INTEGER NOT NULL DEFAULT 1 CHECK (warmth BETWEEN 1 AND 4),
    introduced_by   INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    introduced_by_uid TEXT NOT NULL DEFAULT '',
    follow_up       TEXT,                       -- ISO date
    last_contacted  TEXT,                       -- ISO date
    birthday        TEXT,
    needs_review    INTEGER NOT NULL DEFAULT 0,
    sources         TEXT NOT NULL DEFAULT '{}', -- JSON: field -> provenance
    extra_vcard     TEXT NOT NULL DEFAULT '[]', -- JSON: unknown vCard lines kept verbatim
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX contacts_sort_name ON contacts(sort_name);
CREATE INDEX contacts_sort_org ON contacts(sort_org);
CREATE INDEX contacts_warmth ON contacts(warmth);
CREATE INDEX contacts_follow_up ON contacts(follow_up) WHERE follow_up IS NOT NULL;
CREATE INDEX contacts_introduced_by ON contacts(introduced_by);

CREATE TABLE emails (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    address     TEXT NOT NULL,
    norm        TEXT NOT NULL,              -- lower-cased, for matching
    type        TEXT NOT NULL DEFAULT 'other',
    source      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (contact_id, pos)
) WITHOUT ROWID;
CREATE INDEX emails_norm ON emails(norm);

CREATE TABLE phones (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    e164        TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT 'other',
    source      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (contact_id, pos)
) WITHOUT ROWID;
CREATE INDEX phones_e164 ON phones(e164);

CREATE TABLE urls (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    url         TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (contact_id, pos)
) WITHOUT ROWID;

CREATE TABLE addresses (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    street      TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    city_norm   TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL DEFAULT 'work',
    source      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (contact_id, pos)
) WITHOUT ROWID;
CREATE INDEX addresses_city ON addresses(city_norm);

CREATE TABLE socials (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    service     TEXT NOT NULL,
    handle      TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (contact_id, pos)
) WITHOUT ROWID;

CREATE TABLE tags (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (contact_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags(tag);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_norm   TEXT NOT NULL UNIQUE,
    start       TEXT,
    end         TEXT,
    place       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE contact_events (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, event_id)
) WITHOUT ROWID;
CREATE INDEX contact_events_event ON contact_events(event_id);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    text        TEXT NOT NULL,
    contacted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_contact ON notes(contact_id, at);

CREATE TABLE warmth_history (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    warmth      INTEGER NOT NULL
);
CREATE INDEX warmth_history_contact ON warmth_history(contact_id, at);

CREATE TABLE jobs (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    org         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    until       TEXT,
    PRIMARY KEY (contact_id, pos)
) WITHOUT ROWID;

CREATE TABLE card_images (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    ext         TEXT NOT NULL DEFAULT '.jpg',
    side        TEXT NOT NULL DEFAULT 'front',
    scan_id     INTEGER,
    PRIMARY KEY (contact_id, pos)
) WITHOUT ROWID;

-- One row per card found in a photo. A scan outlives merges: it is the evidence.
CREATE TABLE scans (
    id            INTEGER PRIMARY KEY,
    photo_sha256  TEXT NOT NULL,
    photo_path    TEXT NOT NULL,
    card_index    INTEGER NOT NULL,
    quad          TEXT NOT NULL DEFAULT '[]',   -- JSON [[x,y]x4]
    warped_sha256 TEXT NOT NULL DEFAULT '',
    ocr_text      TEXT NOT NULL DEFAULT '',
    ocr_words     TEXT NOT NULL DEFAULT '[]',   -- JSON: engine-neutral words with boxes
    qr            TEXT,
    fields        TEXT NOT NULL DEFAULT '{}',   -- JSON: parsed fields with confidence
    error         TEXT,
    status        TEXT NOT NULL DEFAULT 'new',  -- new | accepted | merged | rejected | failed
    event_id      INTEGER REFERENCES events(id) ON DELETE SET NULL,
    contact_id    INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    UNIQUE (photo_sha256, card_index)
);
CREATE INDEX scans_photo ON scans(photo_sha256);
CREATE INDEX scans_contact ON scans(contact_id);
CREATE INDEX scans_status ON scans(status);

-- The merge log: enough to undo a merge after a restart.
CREATE TABLE merges (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    kept_id     INTEGER NOT NULL,
    removed_uid TEXT NOT NULL,
    before      TEXT NOT NULL,      -- JSON snapshot of both contacts before the merge
    reasons     TEXT NOT NULL DEFAULT '',
    undone_at   TEXT
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text search: rowid = contacts.id. Text is folded by cardbox before it goes in.
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    name, org, title, contact, place, notes, ocr, other,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
CREATE VIRTUAL TABLE contacts_fts_vocab USING fts5vocab(contacts_fts, 'row');

-- Typo tolerance: every indexed word and its one-letter deletions (symmetric delete).
CREATE TABLE spell (
    variant TEXT NOT NULL,
    term    TEXT NOT NULL,
    PRIMARY KEY (variant, term)
) WITHOUT ROWID;
"""

# Two-way sync (cardbox.sync): accounts, one row per synced item, and a change feed that the
# triggers keep so a resync only looks at contacts touched since their last sync.
V2_SYNC = """
CREATE TABLE sync_accounts (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL DEFAULT 'carddav',   -- carddav | vdir
    url             TEXT NOT NULL DEFAULT '',          -- server URL or vdir folder
    username        TEXT NOT NULL DEFAULT '',
    collection      TEXT NOT NULL DEFAULT '',          -- the address book URL
    settings        TEXT NOT NULL DEFAULT '{}',        -- JSON: ca_file, auth, threshold, …
    sync_token      TEXT,                              -- RFC 6578 token after the last full sync
    last_sync       TEXT
);

CREATE TABLE sync_items (
    account_id  INTEGER NOT NULL REFERENCES sync_accounts(id) ON DELETE CASCADE,
    href        TEXT NOT NULL,
    uid         TEXT NOT NULL DEFAULT '',
    etag        TEXT NOT NULL DEFAULT '',
    contact_id  INTEGER,                               -- no FK: a deleted contact must stay visible here
    local_hash  TEXT NOT NULL DEFAULT '',
    local_seq   INTEGER NOT NULL DEFAULT 0,
    last_text   TEXT NOT NULL DEFAULT '',              -- the server's text as last agreed
    PRIMARY KEY (account_id, href)
) WITHOUT ROWID;
CREATE INDEX sync_items_contact ON sync_items(account_id, contact_id);

CREATE TABLE sync_seq (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
INSERT INTO sync_seq(id, seq) VALUES (1, 0);
CREATE TABLE sync_changes (contact_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL);

-- UPSERT, not INSERT OR REPLACE: inside a trigger fired by a foreign-key action (ON DELETE SET
-- NULL of introduced_by) SQLite applies the outer statement's conflict mode and REPLACE fails.
CREATE TRIGGER sync_contacts_ins AFTER INSERT ON contacts BEGIN
    UPDATE sync_seq SET seq = seq + 1 WHERE id = 1;
    INSERT INTO sync_changes(contact_id, seq) VALUES (NEW.id, (SELECT seq FROM sync_seq WHERE id = 1))
        ON CONFLICT(contact_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER sync_contacts_upd AFTER UPDATE ON contacts BEGIN
    UPDATE sync_seq SET seq = seq + 1 WHERE id = 1;
    INSERT INTO sync_changes(contact_id, seq) VALUES (NEW.id, (SELECT seq FROM sync_seq WHERE id = 1))
        ON CONFLICT(contact_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER sync_notes_ins AFTER INSERT ON notes BEGIN
    UPDATE sync_seq SET seq = seq + 1 WHERE id = 1;
    INSERT INTO sync_changes(contact_id, seq) VALUES (NEW.contact_id, (SELECT seq FROM sync_seq WHERE id = 1))
        ON CONFLICT(contact_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER sync_notes_upd AFTER UPDATE ON notes BEGIN
    UPDATE sync_seq SET seq = seq + 1 WHERE id = 1;
    INSERT INTO sync_changes(contact_id, seq) VALUES (NEW.contact_id, (SELECT seq FROM sync_seq WHERE id = 1))
        ON CONFLICT(contact_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER sync_notes_del AFTER DELETE ON notes BEGIN
    UPDATE sync_seq SET seq = seq + 1 WHERE id = 1;
    INSERT INTO sync_changes(contact_id, seq) VALUES (OLD.contact_id, (SELECT seq FROM sync_seq WHERE id = 1))
        ON CONFLICT(contact_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER sync_contacts_del AFTER DELETE ON contacts BEGIN
    DELETE FROM sync_changes WHERE contact_id = OLD.id;
END;
"""

# Dedup review queue (cardbox.dedup.queue): pairs proposed for review and pairs the user said
# are different people. Keyed by UID so a pair outlives id reuse, merges and their undo.
V3_DEDUP = """
CREATE TABLE dedup_pairs (
    uid_a       TEXT NOT NULL,                      -- uid_a < uid_b
    uid_b       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending',    -- pending | dismissed
    score       REAL NOT NULL DEFAULT 0,
    reasons     TEXT NOT NULL DEFAULT '[]',         -- JSON [{code, value}]
    explanation TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    PRIMARY KEY (uid_a, uid_b)
) WITHOUT ROWID;
CREATE INDEX dedup_pairs_status ON dedup_pairs(status);
"""

MIGRATIONS: list[str] = [V1, V2_SYNC, V3_DEDUP]

SCHEMA_VERSION = len(MIGRATIONS)
