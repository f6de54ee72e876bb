// `dmad audit verify`: an intact chain, an entry edited behind the triggers' back, and wrong use.
#include "project/audit_log.h"
#include "project/project_store.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result runDmad(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(DMAD_CLI_PATH), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestCliAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reportsAnIntactChainThenTheTamperedEntry() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        {
            const auto store = dmad::project::ProjectStore::create(project);
            dmad::project::AuditLog log(*store);
            for (int i = 1; i <= 4; ++i)
                log.append(QStringLiteral("lee"), QStringLiteral("label_normal"), QStringLiteral("image:%1").arg(i));
        }
        Result r = runDmad({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--project"), project});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("4 entries, chain intact")), qPrintable(r.out + r.err));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(project + QStringLiteral("/project.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char* statement :
                 {"DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET user_name = 'sue' WHERE id = 3",
                  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                  " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"}) {
                QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        r = runDmad({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--project"), project});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("BROKEN at entry 3")), qPrintable(r.out + r.err));
    }

    void wrongUseIsReported() {
        QTemporaryDir dir;
        QCOMPARE(runDmad({QStringLiteral("audit"), QStringLiteral("verify")}).code, 1);
        QCOMPARE(runDmad({QStringLiteral("audit"), QStringLiteral("check")}).code, 1);
        const Result notAProject =
            runDmad({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--project"), dir.path()});
        QCOMPARE(notAProject.code, 2);
        QVERIFY(notAProject.err.contains(QStringLiteral("not a DMAD Studio project")));
        QCOMPARE(runDmad({QStringLiteral("audit"), QStringLiteral("--help")}).code, 0);
    }
};

QTEST_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
