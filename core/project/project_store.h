// A project: on disk (a folder with an SQLite database) or on a PostgreSQL server; its schema and transactions.
#pragma once

#include "project/project_recovery.h"
#include "project/server_connection.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace dmad::project {

// One connection to a project's database. A QSqlDatabase belongs to the thread that opened it, so a
// worker thread opens its own ProjectStore on the same folder (WAL lets readers and one writer share it).
// The database file is only ever opened through SQLite: any other handle closed in this process would
// drop SQLite's POSIX locks, and another program could then delete the WAL under a live connection.
class ProjectStore {
public:
    static constexpr const char* kDatabaseFile = "project.sqlite";
    static constexpr const char* kMasksFolder = "masks";
    static constexpr const char* kModelsFolder = "models";
    // What the engine can rebuild (features, the trainer's normal side, neighbour caches): kept between
    // sessions so that a restart does not retrain from nothing, left out of backups.
    static constexpr const char* kCacheFolder = "cache";
    // flock()ed shared by every open store; whoever gets it exclusively knows the project is not in use.
    static constexpr const char* kLockFile = "project.lock";

    // Both throw ProjectError. open() never writes to a file it does not recognise as a project:
    // garbage, a foreign SQLite database or a newer schema are reported and left untouched.
    // A project whose files or folder are not writable opens read-only (isReadOnly(); writes are refused).
    // The first store opened on a project that nobody else has open tidies up after a crash (recovery()).
    static std::unique_ptr<ProjectStore> create(const QString& directory);
    static std::unique_ptr<ProjectStore> open(const QString& directory);
    static bool containsProject(const QString& directory);
    // True while a store (in this or another process) has the project open.
    static bool isInUse(const QString& directory);

    // A project on a PostgreSQL server (QPSQL). An empty database becomes a project (the caller's role
    // then needs CREATEROLE: it sets up the roles the accounts map to); a database holding anything
    // else is refused untouched. Throws ProjectError: a wrong password or an unreachable server is
    // NotAllowed or Io with the server's words.
    static std::unique_ptr<ProjectStore> connect(const ServerConnection& server);
    // False when Qt's PostgreSQL driver is not installed: connect() would refuse every server.
    static bool canConnectToServers();
    // Another connection to the same project (for a worker thread: a connection belongs to its thread).
    std::unique_ptr<ProjectStore> reopen() const;

    static int latestSchemaVersion();

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    QSqlDatabase database() const;
    bool isServer() const { return m_server.has_value(); }
    // The server project's address (without password for display: use url()); nullopt for a folder.
    const std::optional<ServerConnection>& server() const { return m_server; }
    // True when the connection to the server is encrypted (TLS); a folder project, or a server that
    // offers no TLS (or a Unix socket, which never uses it), gives false.
    bool isEncrypted() const;
    // The project folder; for a server project this station's folder for files made from the database.
    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString masksDirectory() const;
    QString modelsDirectory() const;
    // A path stored relative to the project folder (a server project: the station's image root) made
    // absolute; absolute paths pass through.
    QString absolutePath(const QString& storedPath) const;
    // A path inside the project folder made relative (so the folder can move); others stay absolute.
    QString storedPath(const QString& absolutePath) const;

    int schemaVersion() const;
    QString journalMode() const;
    bool foreignKeysEnabled() const;

    bool isReadOnly() const { return m_readOnly; }
    // What open() cleaned up after an interrupted write (ran == false when it did not look).
    const RecoveryReport& recovery() const { return m_recovery; }
    // Throws ProjectError(ReadOnly) with a message for the user when the project is open read-only.
    void requireWritable() const;

private:
    friend class Transaction;
    ProjectStore(QString directory, QString connectionName);
    void configureAndMigrate();
    void migrateServer();
    QString pathBase() const;
    bool lockProject();

    QString m_directory;
    QString m_connectionName;
    int m_transactionDepth = 0;
    int m_lockFd = -1;
    bool m_readOnly = false;
    RecoveryReport m_recovery;
    std::optional<ServerConnection> m_server;
};

// RAII transaction; nests through savepoints, so a repository's write inside an import's
// transaction becomes part of it. Rolls back unless commit() was called.
class Transaction {
public:
    explicit Transaction(ProjectStore& store);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    ProjectStore& m_store;
    int m_depth = 0;
    bool m_open = true;
};

}  // namespace dmad::project
