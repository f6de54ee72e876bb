#include "project/project_store.h"

#include "project/project_error.h"
#include "project/schema.h"
#include "project/sql_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <atomic>

namespace dmad::project {

namespace {

using Kind = ProjectError::Kind;

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("dmad-project-%1").arg(++counter);
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

QSqlDatabase openConnection(const QString& name, const QString& file, bool readOnly) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        throw ProjectError(Kind::NotADatabase, QObject::tr("Cannot open %1: %2")
                                                   .arg(QDir::toNativeSeparators(file), db.lastError().text()));
    }
    return db;
}

// SQLite files begin with this header; anything else is not ours and must not be handed to the driver
// (which would happily turn an empty or unknown file into a fresh database).
void requireSqliteHeader(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        throw ProjectError(Kind::Io, QObject::tr("Cannot read %1: %2")
                                         .arg(QDir::toNativeSeparators(file), f.errorString()));
    }
    static const QByteArray header("SQLite format 3\0", 16);
    if (f.read(16) != header) {
        throw ProjectError(Kind::NotADatabase,
                           QObject::tr("%1 is not an SQLite database: the file is corrupt or of another kind. "
                                       "It was left unchanged.")
                               .arg(QDir::toNativeSeparators(file)));
    }
}

// Reads the identity of a database without writing to it.
void requireOurSchema(const QString& file) {
    ScopedConnection connection;
    QSqlDatabase db = openConnection(connection.name, file, true);
    QSqlQuery query(db);
    const auto pragma = [&](const QString& statement) -> int {
        if (!query.exec(statement) || !query.next()) {
            throw ProjectError(Kind::NotADatabase,
                               QObject::tr("%1 cannot be read as a database (%2). It was left unchanged.")
                                   .arg(QDir::toNativeSeparators(file), query.lastError().text()));
        }
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
        throw ProjectError(Kind::AlreadyExists, QObject::tr("%1 already holds a project")
                                                    .arg(QDir::toNativeSeparators(absolute)));
    }
    makeFolder(absolute);
    makeFolder(QDir(absolute).filePath(QLatin1String(kMasksFolder)));
    makeFolder(QDir(absolute).filePath(QLatin1String(kModelsFolder)));
    std::unique_ptr<ProjectStore> store(new ProjectStore(absolute, nextConnectionName()));
    openConnection(store->m_connectionName, store->databasePath(), false);
    store->configureAndMigrate();
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& directory) {
    const QString absolute = QDir(directory).absolutePath();
    const QString file = QDir(absolute).filePath(QLatin1String(kDatabaseFile));
    if (!QFileInfo(file).isFile()) {
        throw ProjectError(Kind::NotAProject, QObject::tr("%1 is not a DMAD Studio project (no %2 in it)")
                                                  .arg(QDir::toNativeSeparators(absolute), QLatin1String(kDatabaseFile)));
    }
    requireSqliteHeader(file);
    requireOurSchema(file);
    std::unique_ptr<ProjectStore> store(new ProjectStore(absolute, nextConnectionName()));
    openConnection(store->m_connectionName, file, false);
    store->configureAndMigrate();
    makeFolder(store->masksDirectory());
    makeFolder(store->modelsDirectory());
    return store;
}

ProjectStore::ProjectStore(QString directory, QString connectionName)
    : m_directory(std::move(directory)), m_connectionName(std::move(connectionName)) {}

ProjectStore::~ProjectStore() {
    removeConnection(m_connectionName);
}

void ProjectStore::configureAndMigrate() {
    const QSqlDatabase db = database();
    // foreign_keys is a no-op inside a transaction, so it comes first.
    sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    const int current = schemaVersion();
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= current) continue;
        Transaction transaction(*this);
        for (const QString& statement : migration.statements) sql::run(db, statement);
        if (migration.code) migration.code(db);
        sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
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

QString ProjectStore::absolutePath(const QString& storedPath) const {
    if (storedPath.isEmpty() || QDir::isAbsolutePath(storedPath)) return storedPath;
    return QDir::cleanPath(QDir(m_directory).filePath(storedPath));
}

QString ProjectStore::storedPath(const QString& absolutePath) const {
    const QString relative = QDir(m_directory).relativeFilePath(absolutePath);
    if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative)) return absolutePath;
    return relative;
}

int ProjectStore::schemaVersion() const {
    return sql::scalar(database(), QStringLiteral("PRAGMA user_version")).toInt();
}

QString ProjectStore::journalMode() const {
    return sql::scalar(database(), QStringLiteral("PRAGMA journal_mode")).toString();
}

bool ProjectStore::foreignKeysEnabled() const {
    return sql::scalar(database(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1;
}

Transaction::Transaction(ProjectStore& store) : m_store(store), m_depth(store.m_transactionDepth + 1) {
    // IMMEDIATE takes the write lock up front, so a busy database waits (busy timeout) instead of
    // failing half-way through when a read lock would have to be upgraded.
    sql::run(m_store.database(), m_depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
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
    sql::run(m_store.database(), m_depth == 1 ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE dmad_%1").arg(m_depth));
    m_open = false;
    m_store.m_transactionDepth = m_depth - 1;
}

}  // namespace dmad::project
