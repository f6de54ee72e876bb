#include "project/project_store.h"

#include "project/project_error.h"
#include "project/schema.h"
#include "project/sql_dialect.h"
#include "project/sql_support.h"
#include "project/user_repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <sys/file.h>
#include <unistd.h>

namespace dmad::project {

namespace {

using Kind = ProjectError::Kind;

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("dmad-project-%1").arg(++counter);
}

// libpq speaks TLS through OpenSSL, which keeps state per thread (error queue, random generators) and frees
// it from a destructor that runs as the thread exits. Qt's threads are detached: QThread::wait(), and with it
// a thread pool's shutdown at exit, returns before that destructor has run, so a pool thread that had read a
// server project could still be freeing its state while the main thread's OPENSSL_cleanup() freed the
// library's at exit (heap corruption in CI, test_ui_main_team under load). The state is released when the
// thread's last server connection closes instead, while the thread surely runs.
thread_local int t_serverConnections = 0;

void releaseTlsStateIfLastServerConnection() {
    if (t_serverConnections > 0) --t_serverConnections;
    if (t_serverConnections == 0) OPENSSL_thread_stop();
}

void removeConnection(const QString& name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Owns a connection only while a check runs; never outlives the function that made it.
struct ScopedConnection {
    QString name = nextConnectionName();
    ~ScopedConnection() { removeConnection(name); }
};

// How a connection opens the file. Immutable is for a project nobody may write (a read-only folder
// without a -shm file): SQLite cannot open a WAL database read-only there any other way.
enum class Access { ReadWrite, ReadOnly, Immutable };

QSqlDatabase openConnection(const QString& name, const QString& file, Access access) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    switch (access) {
    case Access::ReadWrite:
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        break;
    case Access::ReadOnly:
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        break;
    case Access::Immutable:
        db.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        break;
    }
    if (!db.open()) {
        throw ProjectError(
            Kind::NotADatabase,
            QObject::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(file), db.lastError().text()));
    }
    return db;
}

// The words for a database that SQLite refused to read. SQLite checks the file's header itself, so the
// file is never opened by other means (see ProjectStore).
ProjectError unreadable(const QString& file, const QSqlError& error) {
    const QString path = QDir::toNativeSeparators(file);
    switch (kindOfSqliteCode(sqliteCode(error))) {
    case Kind::NotADatabase:
        return ProjectError(Kind::NotADatabase,
                            QObject::tr("%1 is not an SQLite database: the file is corrupt or of another kind. "
                                        "It was left unchanged.")
                                .arg(path));
    case Kind::Damaged:
        return ProjectError(Kind::Damaged,
                            QObject::tr("The project database %1 is damaged (%2). It was left unchanged; restore "
                                        "the project from a backup (File > Restore Project...).")
                                .arg(path, error.databaseText()));
    case Kind::DiskFull:
        return ProjectError(Kind::DiskFull,
                            QObject::tr("The disk is full: %1 cannot be opened until some space is freed.").arg(path));
    case Kind::ReadOnly:
        return ProjectError(Kind::ReadOnly, QObject::tr("%1 cannot be read here (%2).").arg(path, error.text()));
    case Kind::Io: return ProjectError(Kind::Io, QObject::tr("%1 cannot be read (%2).").arg(path, error.text()));
    default:
        return ProjectError(Kind::NotADatabase, QObject::tr("%1 cannot be read as a database (%2). It was left "
                                                            "unchanged.")
                                                    .arg(path, error.text()));
    }
}

bool canWrite(const QString& path) {
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// True when this process may write the database, its WAL files and its folder.
bool projectWritable(const QString& directory, const QString& file) {
    if (!canWrite(directory) || !canWrite(file)) return false;
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = file + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !canWrite(side)) return false;
    }
    return true;
}

void checkIdentity(const QString& file, Access access) {
    ScopedConnection connection;
    QSqlDatabase db = openConnection(connection.name, file, access);
    QSqlQuery query(db);
    const auto pragma = [&](const QString& statement) -> int {
        if (!query.exec(statement) || !query.next()) throw unreadable(file, query.lastError());
        return query.value(0).toInt();
    };
    const int applicationId = pragma(QStringLiteral("PRAGMA application_id"));
    const int version = pragma(QStringLiteral("PRAGMA user_version"));
    pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"));  // fails on damaged pages
    query.finish();
    if (applicationId != kApplicationId) {
        throw ProjectError(Kind::ForeignDatabase,
                           QObject::tr("%1 is an SQLite database, but not a DMAD Studio project. "
                                       "It was left unchanged.")
                               .arg(QDir::toNativeSeparators(file)));
    }
    if (version > ProjectStore::latestSchemaVersion()) {
        throw ProjectError(Kind::NewerSchema,
                           QObject::tr("%1 was written by a newer DMAD Studio (schema %2; this version "
                                       "reads up to %3). It was left unchanged.")
                               .arg(QDir::toNativeSeparators(file))
                               .arg(version)
                               .arg(ProjectStore::latestSchemaVersion()));
    }
}

// Reads the identity of a database without writing to it; returns how the store's connection gets in.
Access requireOurSchema(const QString& file, bool writable) {
    // An empty file would be taken by SQLite for an empty database.
    if (QFileInfo(file).size() == 0) {
        throw ProjectError(Kind::NotADatabase, QObject::tr("%1 is not an SQLite database: the file is empty. It was "
                                                           "left unchanged.")
                                                   .arg(QDir::toNativeSeparators(file)));
    }
    if (writable) {
        checkIdentity(file, Access::ReadOnly);
        return Access::ReadWrite;
    }
    try {
        checkIdentity(file, Access::ReadOnly);
        return Access::ReadOnly;
    } catch (const ProjectError& error) {
        if (error.kind() != Kind::ReadOnly && error.kind() != Kind::Io) throw;
    }
    checkIdentity(file, Access::Immutable);
    return Access::Immutable;
}

void makeFolder(const QString& path) {
    if (!QDir().mkpath(path)) {
        throw ProjectError(Kind::Io, QObject::tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(path)));
    }
}

}  // namespace

int ProjectStore::latestSchemaVersion() {
    return schemaMigrations().back().version;
}

bool ProjectStore::containsProject(const QString& directory) {
    return QFileInfo::exists(QDir(directory).filePath(QLatin1String(kDatabaseFile)));
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& directory) {
    const QString absolute = QDir(directory).absolutePath();
    if (containsProject(absolute)) {
        throw ProjectError(Kind::AlreadyExists,
                           QObject::tr("%1 already holds a project").arg(QDir::toNativeSeparators(absolute)));
    }
    makeFolder(absolute);
    makeFolder(QDir(absolute).filePath(QLatin1String(kMasksFolder)));
    makeFolder(QDir(absolute).filePath(QLatin1String(kModelsFolder)));
    std::unique_ptr<ProjectStore> store(new ProjectStore(absolute, nextConnectionName()));
    if (store->lockProject()) ::flock(store->m_lockFd, LOCK_SH);
    openConnection(store->m_connectionName, store->databasePath(), Access::ReadWrite);
    store->configureAndMigrate();
    return store;
}

bool ProjectStore::isInUse(const QString& directory) {
    const QByteArray lockFile = QFile::encodeName(QDir(directory).filePath(QLatin1String(kLockFile)));
    const int fd = ::open(lockFile.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;  // no store has ever locked it, or it cannot be read: nobody holds it
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);  // flock locks belong to the open file, so this releases only the probe's own lock
    return !free;
}

// Takes the project's lock shared, as every store does; returns true when it got it exclusively first,
// that is when no other store in any process has the project open. A project whose folder cannot hold
// the lock file is not locked (it is read-only, and then nothing is tidied up either).
bool ProjectStore::lockProject() {
    const QByteArray lockFile = QFile::encodeName(QDir(m_directory).filePath(QLatin1String(kLockFile)));
    m_lockFd = ::open(lockFile.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0) m_lockFd = ::open(lockFile.constData(), O_RDONLY | O_CLOEXEC);
    if (m_lockFd < 0) return false;
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0) return true;
    while (::flock(m_lockFd, LOCK_SH) != 0 && errno == EINTR) {}
    return false;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& directory) {
    const QString absolute = QDir(directory).absolutePath();
    const QString file = QDir(absolute).filePath(QLatin1String(kDatabaseFile));
    if (!QFileInfo(file).isFile()) {
        throw ProjectError(Kind::NotAProject,
                           QObject::tr("%1 is not a DMAD Studio project (no %2 in it)")
                               .arg(QDir::toNativeSeparators(absolute), QLatin1String(kDatabaseFile)));
    }
    const Access access = requireOurSchema(file, projectWritable(absolute, file));
    std::unique_ptr<ProjectStore> store(new ProjectStore(absolute, nextConnectionName()));
    store->m_readOnly = access != Access::ReadWrite;
    const bool alone = store->lockProject();
    openConnection(store->m_connectionName, file, access);
    store->configureAndMigrate();
    if (store->m_readOnly) return store;
    makeFolder(store->masksDirectory());
    makeFolder(store->modelsDirectory());
    if (alone) store->m_recovery = recoverInterruptedWrites(*store);
    // Now others may open it too; they will not tidy up while this store holds it.
    if (alone) ::flock(store->m_lockFd, LOCK_SH);
    return store;
}

namespace {

QString defaultLocalFolder(const ServerConnection& server) {
    QString name = QStringLiteral("%1_%2_%3").arg(server.host).arg(server.port).arg(server.database);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("servers/") + name);
}

ProjectError connectionFailure(const ServerConnection& server, const QSqlError& error) {
    const QString text = error.text().trimmed();
    // libpq reports a refused sign-in only in words; its SQLSTATE is not passed through by QPSQL.
    const bool refused = text.contains(QLatin1String("authentication failed")) ||
                         text.contains(QLatin1String("no password supplied")) ||
                         text.contains(QLatin1String("does not exist"));
    return ProjectError(refused ? Kind::NotAllowed : Kind::Io,
                        QObject::tr("Cannot connect to %1 as %2: %3").arg(server.displayName(), server.user, text));
}

}  // namespace

bool ProjectStore::canConnectToServers() {
    return QSqlDatabase::isDriverAvailable(QLatin1String(dialect::kPostgresDriver));
}

std::unique_ptr<ProjectStore> ProjectStore::connect(const ServerConnection& server) {
    if (!canConnectToServers()) {
        throw ProjectError(Kind::Io, QObject::tr("Qt's PostgreSQL driver (QPSQL) is not installed here: install "
                                                 "libqt6sql6-psql to open projects on a server."));
    }
    const QString local = server.localFolder.isEmpty() ? defaultLocalFolder(server) : server.localFolder;
    makeFolder(QDir(local).filePath(QLatin1String(kMasksFolder)));
    makeFolder(QDir(local).filePath(QLatin1String(kModelsFolder)));
    std::unique_ptr<ProjectStore> store(new ProjectStore(QDir(local).absolutePath(), nextConnectionName()));
    store->m_server = server;
    store->m_server->localFolder = store->m_directory;
    ++t_serverConnections;
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(dialect::kPostgresDriver), store->m_connectionName);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(UserRepository::nameKey(server.user));
    db.setPassword(server.password);
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=dmad").arg(server.sslMode));
    if (!db.open()) throw connectionFailure(server, db.lastError());
    store->migrateServer();
    return store;
}

bool ProjectStore::isEncrypted() const {
    if (!m_server) return false;
    // pg_stat_ssl shows every role its own connection.
    return sql::scalar(database(), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).toBool();
}

std::unique_ptr<ProjectStore> ProjectStore::reopen() const {
    if (m_server) return connect(*m_server);
    return open(m_directory);
}

void ProjectStore::migrateServer() {
    const QSqlDatabase db = database();
    Transaction transaction(*this);
    // Two stations opening a new database at once: the second waits and finds it made.
    dialect::lockForAppend(db, QStringLiteral("migration"));
    int current = 0;
    if (dialect::applicationId(db) == kApplicationId) {
        current = dialect::schemaVersion(db);
    } else if (!dialect::isEmpty(db)) {
        throw ProjectError(Kind::ForeignDatabase,
                           QObject::tr("The database %1 holds tables, but is not a DMAD Studio project. It was "
                                       "left unchanged.")
                               .arg(m_server->displayName()));
    }
    if (current > latestSchemaVersion()) {
        throw ProjectError(Kind::NewerSchema, QObject::tr("%1 was written by a newer DMAD Studio (schema %2; this "
                                                          "version reads up to %3). It was left unchanged.")
                                                  .arg(m_server->displayName())
                                                  .arg(current)
                                                  .arg(latestSchemaVersion()));
    }
    // Only the tables' owner may alter them: checked first, so that nobody else meets a raw permission error.
    if (current > 0 && current < latestSchemaVersion() && !dialect::mayChangeSchema(db)) {
        throw ProjectError(Kind::NotAllowed,
                           QObject::tr("The project on %1 needs an upgrade (schema %2 to %3) that only its owner, "
                                       "the server account %4, or a PostgreSQL superuser can run: ask them to "
                                       "connect to it once with this version of DMAD Studio (File > Connect to "
                                       "Server...), which upgrades it. Nothing was changed.")
                               .arg(m_server->displayName())
                               .arg(current)
                               .arg(latestSchemaVersion())
                               .arg(dialect::schemaOwner(db)));
    }
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= current) continue;
        for (const QString& statement : migration.statements) {
            for (const QString& translated : dialect::schemaStatements(db, statement)) sql::run(db, translated);
        }
        if (migration.code) migration.code(db);
        dialect::setSchemaVersion(db, migration.version);
    }
    transaction.commit();
}

void ProjectStore::requireWritable() const {
    if (!m_readOnly) return;
    throw ProjectError(Kind::ReadOnly, QObject::tr("The project %1 is open read-only (its files or folder are not "
                                                   "writable for you): changes cannot be saved.")
                                           .arg(QDir::toNativeSeparators(m_directory)));
}

ProjectStore::ProjectStore(QString directory, QString connectionName)
    : m_directory(std::move(directory)), m_connectionName(std::move(connectionName)) {}

ProjectStore::~ProjectStore() {
    removeConnection(m_connectionName);
    if (m_lockFd >= 0) ::close(m_lockFd);
    if (m_server) releaseTlsStateIfLastServerConnection();
}

void ProjectStore::configureAndMigrate() {
    const QSqlDatabase db = database();
    // foreign_keys is a no-op inside a transaction, so it comes first.
    sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_readOnly) {
        if (schemaVersion() < latestSchemaVersion()) {
            throw ProjectError(Kind::ReadOnly,
                               QObject::tr("%1 was made by an older DMAD Studio and must be upgraded, which needs "
                                           "write access to the project folder.")
                                   .arg(QDir::toNativeSeparators(databasePath())));
        }
        return;
    }
    sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    const int current = schemaVersion();
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= current) continue;
        Transaction transaction(*this);
        for (const QString& statement : migration.statements) {
            for (const QString& translated : dialect::schemaStatements(db, statement)) sql::run(db, translated);
        }
        if (migration.code) migration.code(db);
        dialect::setSchemaVersion(db, migration.version);
        transaction.commit();
    }
}

QSqlDatabase ProjectStore::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString ProjectStore::databasePath() const {
    return QDir(m_directory).filePath(QLatin1String(kDatabaseFile));
}

QString ProjectStore::masksDirectory() const {
    return QDir(m_directory).filePath(QLatin1String(kMasksFolder));
}

QString ProjectStore::modelsDirectory() const {
    return QDir(m_directory).filePath(QLatin1String(kModelsFolder));
}

QString ProjectStore::pathBase() const {
    if (!m_server) return m_directory;
    return m_server->imageRoot.isEmpty() ? QStringLiteral("/") : m_server->imageRoot;
}

QString ProjectStore::absolutePath(const QString& storedPath) const {
    if (storedPath.isEmpty() || QDir::isAbsolutePath(storedPath)) return storedPath;
    return QDir::cleanPath(QDir(pathBase()).filePath(storedPath));
}

QString ProjectStore::storedPath(const QString& absolutePath) const {
    if (m_server && m_server->imageRoot.isEmpty()) return absolutePath;
    const QString relative = QDir(pathBase()).relativeFilePath(absolutePath);
    if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative)) return absolutePath;
    return relative;
}

int ProjectStore::schemaVersion() const {
    return dialect::schemaVersion(database());
}

QString ProjectStore::journalMode() const {
    if (m_server) return QStringLiteral("server");
    return sql::scalar(database(), QStringLiteral("PRAGMA journal_mode")).toString();
}

bool ProjectStore::foreignKeysEnabled() const {
    if (m_server) return true;  // always enforced by the server
    return sql::scalar(database(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1;
}

Transaction::Transaction(ProjectStore& store) : m_store(store), m_depth(store.m_transactionDepth + 1) {
    m_store.requireWritable();
    // IMMEDIATE takes the write lock up front, so a busy database waits (busy timeout) instead of
    // failing half-way through when a read lock would have to be upgraded.
    sql::run(m_store.database(), m_depth == 1 ? dialect::beginTransaction(m_store.database())
                                              : QStringLiteral("SAVEPOINT dmad_%1").arg(m_depth));
    m_store.m_transactionDepth = m_depth;
}

Transaction::~Transaction() {
    if (!m_open) return;
    QSqlQuery query(m_store.database());
    if (m_depth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO dmad_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE dmad_%1").arg(m_depth));
    }
    m_store.m_transactionDepth = m_depth - 1;
}

void Transaction::commit() {
    if (!m_open) return;
    sql::run(m_store.database(),
             m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE dmad_%1").arg(m_depth));
    m_open = false;
    m_store.m_transactionDepth = m_depth - 1;
}

}  // namespace dmad::project
