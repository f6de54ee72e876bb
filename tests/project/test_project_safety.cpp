// Data safety of a project: SQLite keeps its locks while the program reads and writes (a real sqlite3
// .backup and a second reader run against a live writer that is then killed), interrupted writes are tidied
// up, and damaged, read-only and full-disk projects give clear messages.
#include "project/atomic_file.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_backup.h"
#include "project/project_error.h"
#include "project/project_store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImage>
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
    const bool ok =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
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
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("audit=(\\d+)")).match(QString::fromLatin1(line));
            if (m.hasMatch()) m_lastAudit = m.captured(1).toLongLong();
        }
    }

    QProcess m_process;
    QByteArray m_log;
    int m_saved = 0;
    qint64 m_lastAudit = 0;
};

QByteArray digest(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray maskPng() {
    QImage mask(8, 6, QImage::Format_Grayscale8);
    mask.fill(0);
    mask.setPixel(3, 2, 1);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    mask.save(&buffer, "PNG");
    return bytes;
}

// A project with one image (inside the folder), a painted mask and a model version with its file.
struct SmallProject {
    qint64 image = 0;
    QString modelFile;

    explicit SmallProject(ProjectStore& store) {
        QImage picture(8, 6, QImage::Format_RGB32);
        picture.fill(Qt::gray);
        const QString path = QDir(store.directory()).filePath(QStringLiteral("images/a.png"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        picture.save(path);
        const qint64 category = CategoryRepository(store).ensure(QStringLiteral("c"));
        image = ImageRepository(store).add(
            {category, path, QStringLiteral("h"), 8, 6, Split::Train, ImageStatus::Unlabelled, std::nullopt});
        Labelling(store, QStringLiteral("anna")).saveMask(image, maskPng(), std::nullopt);
        modelFile = QDir(store.modelsDirectory()).filePath(QStringLiteral("model-v1.dmad"));
        writeFileAtomically(modelFile, QByteArray("model bytes"));
        ModelRepository(store).add(modelFile, QStringLiteral("{}"), QStringLiteral("{}"));
    }
};

}  // namespace

class TestProjectSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(kHarness).isExecutable(), qPrintable(kHarness)); }

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

    void backupIsConsistentWhileWritingAndRestoreKeepsTheOldProject() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        auto store = ProjectStore::create(project);
        const SmallProject small(*store);
        // Left by a killed training: no row, so not part of the backup.
        writeBytes(QDir(store->modelsDirectory()).filePath(QStringLiteral("model-v2.dmad")), "orphan");
        BackupReport report;
        {
            Transaction uncommitted(*store);  // a change in progress must not appear in the backup
            Labelling(*store, QStringLiteral("anna")).markNormal(small.image);
            report = backupProject(project, dir.path());
        }
        QVERIFY(report.folder.startsWith(dir.path() + QStringLiteral("/p-backup-")));
        QVERIFY(isBackupFolder(report.folder));
        QCOMPARE(report.files, 3);  // the image, the mask and the model file
        QVERIFY(!QFileInfo::exists(QDir(report.folder).filePath(QStringLiteral("models/model-v2.dmad"))));
        QCOMPARE(digest(QDir(report.folder).filePath(QStringLiteral("models/model-v1.dmad"))), digest(small.modelFile));
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 backupProject(project, QDir(project).filePath(QStringLiteral("inside"))));
        writeBytes(dir.filePath(QStringLiteral("a-file")), "x");
        QVERIFY_THROWS_EXCEPTION(ProjectError, backupProject(project, dir.filePath(QStringLiteral("a-file"))));

        Labelling(*store, QStringLiteral("anna")).markNormal(small.image);  // after the backup
        QString message;
        try {
            restoreProject(report.folder, project);
        } catch (const ProjectError& error) {
            message = error.message();
        }
        QVERIFY2(message.contains(QLatin1String("is open")), qPrintable(message));
        store.reset();

        const RestoreReport restored = restoreProject(report.folder, project);
        QVERIFY(QFileInfo(restored.movedAside).isDir());
        {
            const auto old = ProjectStore::open(restored.movedAside);
            QCOMPARE(ImageRepository(*old).byId(small.image)->status, ImageStatus::Normal);
        }
        const auto back = ProjectStore::open(project);
        QCOMPARE(ImageRepository(*back).byId(small.image)->status, ImageStatus::Defective);
        const auto mask = MaskRepository(*back).forImage(small.image);
        QVERIFY(mask);
        QCOMPARE(digest(MaskRepository(*back).absoluteFile(*mask)),
                 QCryptographicHash::hash(maskPng(), QCryptographicHash::Sha256));
        QVERIFY(QFileInfo(ModelRepository(*back).absoluteFile(ModelRepository(*back).all().front())).isFile());
    }

    void damagedBackupIsNotRestored() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        {
            auto store = ProjectStore::create(project);
            const SmallProject small(*store);
        }
        const BackupReport report = backupProject(project, dir.filePath(QStringLiteral("b")));
        writeBytes(QDir(report.folder).filePath(QStringLiteral("models/model-v1.dmad")), "tampered");
        const QString target = dir.filePath(QStringLiteral("restored"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, restoreProject(report.folder, target));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".restoring")));
    }

    void interruptedWritesAreTidiedWhenNobodyElseHasTheProject() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        QString temporary;
        QString orphanModel;
        {
            auto store = ProjectStore::create(project);
            const SmallProject small(*store);
            ModelRepository(*store).add(QDir(store->modelsDirectory())
                                            .filePath(QStringLiteral("model-v3.dmad")),
                                                      QStringLiteral("{}"),
                                                                     QStringLiteral("{}"));  // its file never came
            temporary = temporaryNameFor(MaskRepository(*store).managedFile(small.image));
            writeBytes(temporary, "half a PNG");
            orphanModel = QDir(store->modelsDirectory()).filePath(QStringLiteral("model-v2.dmad"));
            writeBytes(orphanModel, "trained, then killed before its row");
            writeBytes(MaskRepository(*store).managedFile(999), "mask without row");

            // Someone has the project open: a file they are writing is not a leftover.
            const auto second = ProjectStore::open(project);
            QVERIFY(!second->recovery().ran);
            QVERIFY(ProjectStore::isInUse(project));
            QVERIFY(QFileInfo::exists(temporary) && QFileInfo::exists(orphanModel));
        }
        QVERIFY(!ProjectStore::isInUse(project));
        const auto store = ProjectStore::open(project);
        const RecoveryReport& report = store->recovery();
        QVERIFY(report.ran);
        QCOMPARE(report.removedTemporaryFiles.size(), 1);
        QVERIFY(!QFileInfo::exists(temporary));
        QCOMPARE(report.quarantinedFiles.size(), 2);
        QVERIFY(!QFileInfo::exists(orphanModel));
        QVERIFY(QFileInfo::exists(QDir(report.quarantineFolder).filePath(QStringLiteral("models/model-v2.dmad"))));
        QVERIFY(QFileInfo::exists(QDir(report.quarantineFolder).filePath(QStringLiteral("masks/999.png"))));
        QCOMPARE(report.missingModelFiles.size(), 1);
        QVERIFY(report.summary().contains(QLatin1String("model-v3.dmad")));
        QVERIFY(QFileInfo::exists(QDir(store->modelsDirectory()).filePath(QStringLiteral("model-v1.dmad"))));
    }

    void atomicWriteKeepsTheOldFileWhenTheWriterFails() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mask.png"));
        writeFileAtomically(file, QByteArray("old"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, writeFileAtomically(file, [](const QString& temporary) {
                                     QFile half(temporary);
                                     half.open(QIODevice::WriteOnly);
                                     half.write("ne");
                                     half.close();
                                     throw fileWriteFailure(ENOSPC, temporary);
                                 }));
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(fileWriteFailure(ENOSPC, file).kind(), ProjectError::Kind::DiskFull);
        QVERIFY(fileWriteFailure(ENOSPC, file).message().contains(QLatin1String("disk is full")));
    }

    // A real SQLITE_FULL (the database may not grow, as on a full disk) is reported as a full disk.
    void fullDiskIsNotCalledDamage() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        const QString big(3000, QLatin1Char('x'));
        try {
            for (int i = 0; i < 200; ++i) AuditLog(*store).append(QStringLiteral("a"), QStringLiteral("x"), big);
            QFAIL("the database grew past max_page_count");
        } catch (const ProjectError& error) {
            QCOMPARE(error.kind(), ProjectError::Kind::DiskFull);
            QVERIFY2(error.message().contains(QLatin1String("disk is full")), qPrintable(error.message()));
            QVERIFY(!error.message().contains(QLatin1String("damaged")));
        }
        QCOMPARE(kindOfSqliteCode(13), ProjectError::Kind::DiskFull);
        QCOMPARE(kindOfSqliteCode(11), ProjectError::Kind::Damaged);
        QCOMPARE(kindOfSqliteCode(26), ProjectError::Kind::NotADatabase);
    }

    void truncatedDatabaseSaysItIsDamaged() {
        QTemporaryDir dir;
        {
            const auto store = ProjectStore::create(dir.path());
            for (int i = 0; i < 400; ++i) {
                AuditLog(*store).append(QStringLiteral("a"), QStringLiteral("x"), QString(200, QLatin1Char('y')));
            }
        }
        const QString file = dir.filePath(QStringLiteral("project.sqlite"));
        QFile db(file);
        QVERIFY(db.resize(db.size() / 2));
        const QByteArray before = digest(file);
        try {
            const auto store = ProjectStore::open(dir.path());
            AuditLog(*store).recent(1000);
            QFAIL("a truncated database was read without complaint");
        } catch (const ProjectError& error) {
            QVERIFY2(error.kind() == ProjectError::Kind::Damaged, qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("damaged")), qPrintable(error.message()));
        }
        QCOMPARE(digest(file), before);
    }

    // Opened by someone who may not write (as root, the harness runs as nobody): it opens to look, and a
    // change is refused with a message, not an SQL error; the files stay as they were.
    void readOnlyProjectOpensReadOnly() {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                              QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        const QString project = dir.filePath(QStringLiteral("p"));
        QVERIFY(runHarness({QStringLiteral("init"), project, QStringLiteral("2")}));
        const QString db = QDir(project).filePath(QStringLiteral("project.sqlite"));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        const QByteArray before = digest(db);
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto exec = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QDirIterator it(project, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) QFile::setPermissions(it.next(), readOnly);
        for (const QString& folder :
             {project + QStringLiteral("/masks"), project + QStringLiteral("/models"),
                                                                           project + QStringLiteral("/images"),
                                                                                                    project}) {
            QFile::setPermissions(folder, readOnly | exec);
        }
        QProcess process;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty()) QSKIP("running as root without setpriv: permissions cannot be taken away");
            process.start(setpriv, {QStringLiteral("--reuid=65534"),
                                                   QStringLiteral("--regid=65534"),
                                                                  QStringLiteral("--clear-groups"), kHarness,
                                                                                 QStringLiteral("mode"), project});
        } else {
            process.start(kHarness, {QStringLiteral("mode"), project});
        }
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QFile::setPermissions(project, readOnly | exec | QFile::WriteOwner);
        QVERIFY2(process.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.startsWith(QLatin1String("read-only refused:")) && output.contains(QLatin1String("read-only")),
                 qPrintable(output));
        QCOMPARE(digest(db), before);
    }
};

QTEST_GUILESS_MAIN(TestProjectSafety)
#include "test_project_safety.moc"
