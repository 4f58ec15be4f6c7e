import GRDB

/// The archive's schema, as a list of versioned migrations.
///
/// A migration is frozen once released: it is plain SQL that never refers to
/// morgue's own types, so it means the same thing in every later morgue.
/// Schema changes are new migrations (`v2`, `v3`, ...) appended to the list.
enum ArchiveSchema {
    /// Written to `PRAGMA application_id` so a morgue archive can be told
    /// apart from another program's SQLite file ("mrgu").
    static let applicationID: Int32 = 0x6D72_6775

    /// All migrations, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2", migrate: v2)
        return migrator
    }

    /// The first schema: articles, their captions, the captures they were
    /// extracted from, and a trigram full-text index over title and text.
    @Sendable
    static func v1(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);

            CREATE TABLE article (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                title TEXT,
                site_name TEXT,
                section TEXT,
                url TEXT,
                canonical_url TEXT,
                language TEXT,
                published TEXT,
                modified TEXT,
                byline TEXT,
                authors TEXT NOT NULL CHECK (json_valid(authors)),
                organization TEXT,
                dateline_text TEXT,
                dateline_location TEXT,
                dateline_agency TEXT,
                dateline_date TEXT,
                text TEXT,
                markdown TEXT,
                word_count INTEGER NOT NULL CHECK (word_count >= 0),
                is_article INTEGER NOT NULL CHECK (is_article IN (0, 1)),
                notes TEXT NOT NULL CHECK (json_valid(notes)),
                corrections TEXT NOT NULL CHECK (json_valid(corrections)),
                content_hash TEXT UNIQUE,
                extractor_version TEXT NOT NULL,
                archived_at TEXT NOT NULL,
                article_json TEXT NOT NULL CHECK (json_valid(article_json))
            );
            CREATE INDEX article_by_url ON article(url);
            CREATE INDEX article_by_canonical_url ON article(canonical_url);
            CREATE INDEX article_by_archived_at ON article(archived_at, id);

            CREATE TABLE caption (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 0),
                text TEXT NOT NULL,
                credit TEXT,
                image_url TEXT,
                PRIMARY KEY (article_id, position)
            );

            CREATE TABLE capture (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                raw BLOB NOT NULL,
                raw_size INTEGER NOT NULL CHECK (raw_size = length(raw)),
                raw_sha256 TEXT NOT NULL UNIQUE CHECK (length(raw_sha256) = 64),
                source_kind TEXT NOT NULL CHECK (source_kind IN ('url', 'file')),
                source TEXT NOT NULL,
                requested_url TEXT,
                final_url TEXT,
                fetched_at TEXT,
                http_status INTEGER CHECK (http_status BETWEEN 100 AND 599),
                content_type TEXT,
                etag TEXT,
                last_modified TEXT,
                extractor_version TEXT NOT NULL,
                archived_at TEXT NOT NULL
            );
            CREATE INDEX capture_by_article ON capture(article_id);

            CREATE VIRTUAL TABLE article_search USING fts5(
                title, text,
                content = 'article', content_rowid = 'id',
                tokenize = 'trigram'
            );
            CREATE TRIGGER article_search_after_insert AFTER INSERT ON article BEGIN
                INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            CREATE TRIGGER article_search_after_delete AFTER DELETE ON article BEGIN
                INSERT INTO article_search(article_search, rowid, title, text)
                    VALUES ('delete', old.id, old.title, old.text);
            END;
            CREATE TRIGGER article_search_after_update AFTER UPDATE OF title, text ON article BEGIN
                INSERT INTO article_search(article_search, rowid, title, text)
                    VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            """)
    }
}
