// A project on disk: its folder, its SQLite database (opened, created, migrated) and its transactions.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace dmad::project {

// One connection to a project's database. A QSqlDatabase belongs to the thread that opened it, so a
// worker thread opens its own ProjectStore on the same folder (WAL lets readers and one writer share it).
class ProjectStore {
public:
    static constexpr const char* kDatabaseFile = "project.sqlite";
    static constexpr const char* kMasksFolder = "masks";
    static constexpr const char* kModelsFolder = "models";

    // Both throw ProjectError. open() never writes to a file it does not recognise as a project:
    // garbage, a foreign SQLite database or a newer schema are reported and left untouched.
    static std::unique_ptr<ProjectStore> create(const QString& directory);
    static std::unique_ptr<ProjectStore> open(const QString& directory);
    static bool containsProject(const QString& directory);

    static int latestSchemaVersion();

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    QSqlDatabase database() const;
    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString masksDirectory() const;
    QString modelsDirectory() const;
    // A path stored relative to the project folder made absolute; absolute paths pass through.
    QString absolutePath(const QString& storedPath) const;
    // A path inside the project folder made relative (so the folder can move); others stay absolute.
    QString storedPath(const QString& absolutePath) const;

    int schemaVersion() const;
    QString journalMode() const;
    bool foreignKeysEnabled() const;

private:
    friend class Transaction;
    ProjectStore(QString directory, QString connectionName);
    void configureAndMigrate();

    QString m_directory;
    QString m_connectionName;
    int m_transactionDepth = 0;
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
