// Opening, creating and migrating project databases; refusing files that are not our projects.
#include "project/audit_log.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmad::project;

namespace {

QByteArray fileDigest(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

ProjectError::Kind openError(const QString& dir, QString* message = nullptr) {
    try {
        ProjectStore::open(dir);
    } catch (const ProjectError& error) {
        if (message) *message = error.message();
        return error.kind();
    }
    QTest::qFail("open() accepted a database it should have refused", __FILE__, __LINE__);
    return ProjectError::Kind::Sql;
}

QStringList tableNames(const ProjectStore& store) {
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next()) names << query.value(0).toString();
    return names;
}

}  // namespace

class TestProjectStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaAndFolders() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        QCOMPARE(store->schemaVersion(), ProjectStore::latestSchemaVersion());
        const QStringList tables = tableNames(*store);
        for (const char* table : {"audit_log", "categories", "category_thresholds", "defect_types", "images", "masks",
                                  "models", "scores", "users"}) {
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        }
        QVERIFY(QFileInfo(store->masksDirectory()).isDir());
        QVERIFY(QFileInfo(store->modelsDirectory()).isDir());
        QVERIFY(ProjectStore::containsProject(dir.path()));
    }

    void walAndForeignKeysAreOn() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        QCOMPARE(store->journalMode(), QStringLiteral("wal"));
        QVERIFY(store->foreignKeysEnabled());
        QSqlQuery query(store->database());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO images (category_id, path, content_hash, width, height, split,"
                                           " imported_at) VALUES (999, '/x.png', 'h', 1, 1, 'train', 'now')")));
    }

    void reopeningDoesNotMigrateAgain() {
        QTemporaryDir dir;
        ProjectStore::create(dir.path());
        for (int i = 0; i < 2; ++i) {
            const auto store = ProjectStore::open(dir.path());
            QCOMPARE(store->schemaVersion(), ProjectStore::latestSchemaVersion());
            QCOMPARE(store->journalMode(), QStringLiteral("wal"));
            QVERIFY(store->foreignKeysEnabled());
        }
    }

    void migrationsAreOrderedWithoutGaps() {
        int expected = 1;
        for (const Migration& migration : schemaMigrations()) QCOMPARE(migration.version, expected++);
    }

    void createRefusesAnExistingProject() {
        QTemporaryDir dir;
        ProjectStore::create(dir.path());
        QVERIFY_THROWS_EXCEPTION(ProjectError, ProjectStore::create(dir.path()));
    }

    void auditLogIsAppendOnly() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        AuditLog log(*store);
        log.append(QStringLiteral("anna"), QStringLiteral("label_normal"), QStringLiteral("image:1"));
        QSqlQuery query(store->database());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory'")));
        QVERIFY(query.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(query.lastError().text().contains(QLatin1String("append-only")));
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.recent().front().user, QStringLiteral("anna"));
    }

    void transactionsRollBackUnlessCommitted() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        AuditLog log(*store);
        {
            Transaction outer(*store);
            log.append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s"));  // nested: a savepoint
        }
        QCOMPARE(log.count(), 0);
        {
            Transaction outer(*store);
            log.append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s"));
            outer.commit();
        }
        QCOMPARE(log.count(), 1);
    }

    void garbageFileIsRefusedAndUnchanged() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("project.sqlite"));
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i) bytes.append(static_cast<char>((i * 7919) % 251));
        garbage.write(bytes);
        garbage.close();
        const QByteArray before = fileDigest(file);
        QString message;
        QCOMPARE(openError(dir.path(), &message), ProjectError::Kind::NotADatabase);
        QVERIFY(message.contains(QLatin1String("not an SQLite database")));
        QCOMPARE(fileDigest(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void damagedSqliteIsRefusedAndUnchanged() {
        QTemporaryDir dir;
        ProjectStore::create(dir.path());
        const QString file = dir.filePath(QStringLiteral("project.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (int i = 100; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);  // header kept, pages destroyed
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = fileDigest(file);
        QString message;
        QCOMPARE(openError(dir.path(), &message), ProjectError::Kind::Damaged);
        QVERIFY2(message.contains(QLatin1String("is damaged")) && message.contains(QLatin1String("backup")),
                 qPrintable(message));
        QCOMPARE(fileDigest(file), before);
    }

    void foreignSqliteIsRefusedAndUnchanged() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("project.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('bread')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileDigest(file);
        QString message;
        QCOMPARE(openError(dir.path(), &message), ProjectError::Kind::ForeignDatabase);
        QVERIFY(message.contains(QLatin1String("not a DMAD Studio project")));
        QCOMPARE(fileDigest(file), before);
    }

    void newerSchemaIsRefusedAndUnchanged() {
        QTemporaryDir dir;
        {
            const auto store = ProjectStore::create(dir.path());
            QSqlQuery query(store->database());
            QVERIFY(
                query.exec(QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::latestSchemaVersion() + 1)));
        }
        const QByteArray before = fileDigest(dir.filePath(QStringLiteral("project.sqlite")));
        QCOMPARE(openError(dir.path()), ProjectError::Kind::NewerSchema);
        QCOMPARE(fileDigest(dir.filePath(QStringLiteral("project.sqlite"))), before);
    }

    void folderWithoutProjectIsReported() {
        QTemporaryDir dir;
        QCOMPARE(openError(dir.path()), ProjectError::Kind::NotAProject);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_project_store.moc"
