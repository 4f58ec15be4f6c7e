import GRDB

extension ArchiveSchema {
    /// The second schema adds the import records: which files an import has
    /// read (by path, size and modification time) and what became of each
    /// page in them, so a later import of the same files can skip them with a
    /// look at the file's details instead of reading and extracting it again.
    ///
    /// `import_file` is one row per file; `member` in `import_entry` is 0 for
    /// a page file and the record's offset for a record of a WARC file.
    @Sendable
    static func v2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE import_file (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL CHECK (size >= 0),
                modified_ns INTEGER NOT NULL,
                finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
                recorded_at TEXT NOT NULL
            );

            CREATE TABLE import_entry (
                file_id INTEGER NOT NULL REFERENCES import_file(id) ON DELETE CASCADE,
                member INTEGER NOT NULL CHECK (member >= 0),
                outcome TEXT NOT NULL CHECK (outcome IN (
                    'stored', 'not_article', 'empty', 'binary', 'not_html', 'bad_gzip', 'bad_warc', 'too_large',
                    'ignored')),
                article_id INTEGER REFERENCES article(id) ON DELETE SET NULL,
                detail TEXT,
                extractor_version TEXT NOT NULL,
                PRIMARY KEY (file_id, member)
            ) WITHOUT ROWID;
            CREATE INDEX import_entry_by_article ON import_entry(article_id);
            """)
    }
}
