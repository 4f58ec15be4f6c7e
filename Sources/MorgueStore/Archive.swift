import Foundation
import GRDB

/// morgue's archive: one SQLite file (WAL mode) holding every article, its
/// captions, and the exact bytes of every page it was extracted from.
///
/// Opening an archive creates its folder and file when missing and brings an
/// archive made by an older morgue up to the current schema. Writes happen in
/// single transactions and never overwrite or delete what is stored.
/// An `Archive` may be shared between threads; several processes may open the
/// same file (writers wait up to `busyTimeout` for each other).
public final class Archive: Sendable {
    /// The archive file.
    public let path: String
    let pool: DatabasePool
    /// The clock stamping `archived_at`.
    let now: @Sendable () -> Date
    /// A folder removed when the archive is released (temporary archives only).
    private let ownedFolder: String?

    /// How long a write waits for another process holding the write lock.
    public static let busyTimeout: TimeInterval = 10

    /// Opens (creating when missing) the archive at `path`, migrating it to the
    /// current schema.
    ///
    /// - Parameter now: the clock used for `archived_at`; tests pass a fixed one.
    public convenience init(path: String, now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) {
        try self.init(path: path, now: now, ownedFolder: nil)
    }

    private init(path: String, now: @escaping @Sendable () -> Date, ownedFolder: String?) throws(StoreError) {
        try Self.prepareLocation(path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "morgue.archive"
        configuration.prepareDatabase { db in
            // In WAL mode, NORMAL keeps the archive consistent through a crash
            // or a power cut (a cut may undo the last commits, which a re-run
            // of the import redoes) without waiting on the disk at every commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A new archive gets 16 KB pages: a stored page's bytes span a
            // quarter of the pages they would at SQLite's default 4 KB, each
            // page read or written whole. No effect on an existing file.
            try db.execute(sql: "PRAGMA page_size = 16384")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw Self.openingError(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
        try Self.migrate(pool, path: path)
        self.path = path
        self.pool = pool
        self.now = now
        self.ownedFolder = ownedFolder
    }

    /// An archive in a fresh folder under the system's temporary folder,
    /// removed with everything in it when the archive is released.
    public static func temporary(now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) -> Archive {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("morgue-archive-\(UUID().uuidString)", isDirectory: true).path
        return try Archive(path: folder + "/" + archiveFileName, now: now, ownedFolder: folder)
    }

    deinit {
        guard let ownedFolder else { return }
        try? pool.close()
        try? FileManager.default.removeItem(atPath: ownedFolder)
    }

    // MARK: Opening

    /// Refuses folders and unwritable places with a clear error, and creates
    /// the parent folder when it is missing.
    private static func prepareLocation(_ path: String) throws(StoreError) {
        guard !path.isEmpty else {
            throw .cannotOpen(path: path, reason: "the path is empty")
        }
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .pathIsDirectory(path: path) }
            if !files.isWritableFile(atPath: path) { throw .notWritable(path: path) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        if files.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .cannotCreateFolder(path: folder, reason: "a file with that name exists")
            }
        } else {
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path: folder, reason: Self.reason(error))
            }
        }
        if !files.isWritableFile(atPath: folder) { throw .notWritable(path: path) }
    }

    /// Checks the file is a morgue archive (or a new, empty database), refuses
    /// archives from a newer morgue, and applies pending migrations.
    private static func migrate(_ pool: DatabasePool, path: String) throws(StoreError) {
        let migrator = ArchiveSchema.migrator
        do {
            try pool.writeWithoutTransaction { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if applicationID != ArchiveSchema.applicationID {
                    let objectCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema") ?? 0
                    if applicationID != 0 || objectCount > 0 {
                        throw StoreError.notAnArchive(path: path)
                    }
                }
                let known = Set(migrator.migrations)
                let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }
                if !unknown.isEmpty {
                    throw StoreError.newerSchema(path: path, unknownVersions: unknown.sorted())
                }
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAnArchive(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY
            || error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_PERM {
            throw .notWritable(path: path)
        } catch {
            throw .migrationFailed(path: path, reason: reason(error))
        }
    }

    private static func openingError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notAnArchive(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: return .notWritable(path: path)
        default: return .cannotOpen(path: path, reason: reason(error))
        }
    }

    // MARK: Database access

    /// Runs a read, turning database failures into `StoreError`.
    func reading<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw storeError(error, operation: operation)
        }
    }

    /// Runs `body` in one immediate transaction: all of it is written, or none.
    func writing<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw storeError(error, operation: operation)
        }
    }

    func storeError(_ error: any Error, operation: String) -> StoreError {
        if let error = error as? StoreError { return error }
        return .databaseFailure(path: path, operation: operation, reason: Self.reason(error))
    }

    /// The short message of an error: SQLite's own message without the SQL.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
        }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
