// Accounts and roles in core/project: Argon2id hashes, the name rule, sign-in, refusals (audited) and the audit chain.
#include "project/access.h"
#include "project/accounts.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/folder_import.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/password_hash.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/schema.h"
#include "project/score_repository.h"
#include "project/supervision.h"
#include "project/user_repository.h"
#include "project_test_printing.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmad::project;

namespace {

const QString kAdminPassword = QStringLiteral("correct horse");
const QString kLabellerPassword = QStringLiteral("labeller-pass");
const QString kSupervisorPassword = QStringLiteral("supervisor-pass");

QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray maskPng() {
    QImage mask(10, 8, QImage::Format_Grayscale8);
    mask.fill(0);
    mask.setPixel(3, 3, qRgb(255, 255, 255));
    return pngBytes(mask);
}

qint64 addImage(ProjectStore& store, const QString& path) {
    NewImage image;
    image.categoryId = CategoryRepository(store).ensure(QStringLiteral("bottle"));
    image.path = path;
    image.contentHash = QStringLiteral("abc");
    image.width = 10;
    image.height = 8;
    return ImageRepository(store).add(image);
}

// The kind a call throws, or nullopt when it does not throw.
template <typename Call>
std::optional<ProjectError::Kind> thrownKind(Call call) {
    try {
        call();
    } catch (const ProjectError& error) {
        return error.kind();
    }
    return std::nullopt;
}

// Runs raw SQL on a second connection, as somebody with sqlite3 would.
void rawSql(const QString& file, const QStringList& statements) {
    const QString name = QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(&statements));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

class TestProjectAccounts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

    // An administrator "ada", a labeller "lee" and a supervisor "sue", all with passwords.
    void addStaff() {
        Accounts accounts(*m_store);
        accounts.createFirstAdministrator(QStringLiteral("ada"), kAdminPassword);
        accounts.addUser(QStringLiteral("ada"), QStringLiteral("lee"), UserRole::Labeller, kLabellerPassword);
        accounts.addUser(QStringLiteral("ada"), QStringLiteral("sue"), UserRole::Supervisor, kSupervisorPassword);
    }

    int refusals() const {
        return sql_count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"));
    }

    int sql_count(const QString& statement) const {
        QSqlQuery query(m_store->database());
        if (!query.exec(statement) || !query.next()) return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void init() {
        m_store.reset();
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        m_store = ProjectStore::create(m_dir.path());
    }

    void passwordsAreArgon2idHashesWithTheirOwnSalt() {
        const QString first = hashPassword(QStringLiteral("secret password"));
        const QString second = hashPassword(QStringLiteral("secret password"));
        QVERIFY(first.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(first != second);  // random salt
        QVERIFY(verifyPassword(first, QStringLiteral("secret password")));
        QVERIFY(verifyPassword(second, QStringLiteral("secret password")));
        QVERIFY(!verifyPassword(first, QStringLiteral("secret passwore")));
        QVERIFY(!verifyPassword(QStringLiteral("secret password"), QStringLiteral("secret password")));
        QVERIFY(!verifyPassword(QString(), QString()));
    }

    void theDatabaseNeverHoldsThePassword() {
        addStaff();
        const QString file = m_store->databasePath();
        m_store.reset();  // the file is read only once no connection holds it
        QFile database(file);
        QVERIFY(database.open(QIODevice::ReadOnly));
        const QByteArray bytes = database.readAll();
        QVERIFY(!bytes.contains(kAdminPassword.toUtf8()));
        QVERIFY(!bytes.contains(kLabellerPassword.toUtf8()));
        QVERIFY(bytes.contains("$argon2id$"));
    }

    void namesAreValidatedAndNormalised() {
        QCOMPARE(UserRepository::validName(QStringLiteral("  Anna ")), QStringLiteral("Anna"));
        QVERIFY(!UserRepository::nameProblem(QStringLiteral("ann\na")).isEmpty());
        QCOMPARE(UserRepository::validName(QStringLiteral("anna\t")), QStringLiteral("anna"));  // trimmed
        QVERIFY(!UserRepository::nameProblem(QStringLiteral("an\tna")).isEmpty());
        QVERIFY(!UserRepository::nameProblem(QString::fromUtf8("an\u200Bna")).isEmpty());  // zero-width space
        QVERIFY(!UserRepository::nameProblem(QString::fromUtf8("an\u2028na")).isEmpty());  // line separator
        QVERIFY(!UserRepository::nameProblem(QStringLiteral("   ")).isEmpty());
        QVERIFY(!UserRepository::nameProblem(QString(100000, QLatin1Char('a'))).isEmpty());
        QVERIFY(UserRepository::nameProblem(QString(64, QLatin1Char('a'))).isEmpty());
        QVERIFY(!UserRepository::nameProblem(QString(65, QLatin1Char('a'))).isEmpty());
        QVERIFY(UserRepository::nameProblem(QString::fromUtf8("Zoë Müller-Łukasz")).isEmpty());

        // Look-alikes share one key: case, full-width forms, ligatures, composed vs decomposed accents.
        const QString key = UserRepository::nameKey(QStringLiteral("anna"));
        QCOMPARE(UserRepository::nameKey(QStringLiteral("ANNA")), key);
        QCOMPARE(UserRepository::nameKey(QString::fromUtf8("\uFF41\uFF4E\uFF4E\uFF41")), key);  // full-width
        QCOMPARE(UserRepository::nameKey(QString::fromUtf8("\uFB01x")), UserRepository::nameKey(QStringLiteral("fix")));
        QCOMPARE(UserRepository::nameKey(QString::fromUtf8("Zo\u00EB")),
                 UserRepository::nameKey(QString::fromUtf8("zoe\u0308")));
        QCOMPARE(UserRepository::nameKey(QStringLiteral("Mei  Lin")),
                                         UserRepository::nameKey(QStringLiteral("mei lin")));
        QVERIFY(UserRepository::nameKey(QStringLiteral("anna")) != UserRepository::nameKey(QStringLiteral("hanna")));
    }

    void lookAlikeNamesCannotMakeASecondAccount() {
        addStaff();
        Accounts accounts(*m_store);
        for (const QString& name :
             {QStringLiteral("LEE"), QString::fromUtf8("\uFF4C\uFF45\uFF45"), QStringLiteral(" Lee ")}) {
            QCOMPARE(thrownKind(
                         [&] { accounts.addUser(QStringLiteral("ada"), name, UserRole::Supervisor, kAdminPassword); }),
                     std::optional(ProjectError::Kind::InvalidInput));
        }
        QCOMPARE(thrownKind([&] {
                     accounts.addUser(QStringLiteral("ada"), QStringLiteral("x\ny"), UserRole::Labeller,
                                                                            kAdminPassword);
                 }),
                 std::optional(ProjectError::Kind::InvalidInput));
        QCOMPARE(thrownKind([&] {
                     accounts.addUser(QStringLiteral("ada"), QStringLiteral("kim"), UserRole::Labeller,
                                                                            QStringLiteral("short"));
                 }),
                 std::optional(ProjectError::Kind::InvalidInput));
        QCOMPARE(UserRepository(*m_store).all().size(), 3);
        // The look-alike signs in to the one account, with its role.
        QCOMPARE(accounts.signIn(QString::fromUtf8("\uFF2C\uFF25\uFF25"), kLabellerPassword).name,
                 QStringLiteral("lee"));
    }

    void theFirstStartCreatesTheAdministratorOnce() {
        Accounts accounts(*m_store);
        QVERIFY(accounts.needsAdministrator());
        const UserRecord ada = accounts.createFirstAdministrator(QStringLiteral("ada"), kAdminPassword);
        QCOMPARE(ada.role, UserRole::Administrator);
        QVERIFY(ada.hasPassword);
        QVERIFY(!accounts.needsAdministrator());
        QCOMPARE(thrownKind([&] { accounts.createFirstAdministrator(QStringLiteral("eve"), kAdminPassword); }),
                 std::optional(ProjectError::Kind::NotAllowed));
        QVERIFY(!UserRepository(*m_store).byName(QStringLiteral("eve")));
        QCOMPARE(AuditLog(*m_store).recent(1).front().action, QStringLiteral("create_administrator"));
    }

    void signInTakesTheRoleFromTheAccountAndAuditsFailures() {
        addStaff();
        Accounts accounts(*m_store);
        QCOMPARE(accounts.signIn(QStringLiteral("sue"), kSupervisorPassword).role, UserRole::Supervisor);
        QCOMPARE(accounts.signIn(QStringLiteral("lee"), kLabellerPassword).role, UserRole::Labeller);
        QCOMPARE(AuditLog(*m_store).recent(1).front().action, QStringLiteral("sign_in"));
        QCOMPARE(thrownKind([&] { accounts.signIn(QStringLiteral("lee"), kSupervisorPassword); }),
                 std::optional(ProjectError::Kind::NotAllowed));
        QCOMPARE(AuditLog(*m_store).recent(1).front().action, QStringLiteral("sign_in_failed"));
        QCOMPARE(thrownKind([&] { accounts.signIn(QStringLiteral("nobody"), kSupervisorPassword); }),
                 std::optional(ProjectError::Kind::NotAllowed));
        // An account made without a password (demo, older projects) cannot sign in until given one.
        UserRepository(*m_store).ensure(QStringLiteral("old"), UserRole::Supervisor);
        QCOMPARE(thrownKind([&] { accounts.signIn(QStringLiteral("old"), QString()); }),
                 std::optional(ProjectError::Kind::NotAllowed));
        accounts.addUser(QStringLiteral("ada"), QStringLiteral("old"), UserRole::Labeller,
                                                               QStringLiteral("new password"));
        QCOMPARE(accounts.signIn(QStringLiteral("old"), QStringLiteral("new password")).role, UserRole::Labeller);
    }

    // The tests' sign-in: no password, a new account gets the role asked for, a stored role stays; audited.
    void theTestSignInCreatesOnlyNewAccountsAndIsAudited() {
        addStaff();
        Accounts accounts(*m_store);
        const UserRecord lee = accounts.signInWithoutPassword(QStringLiteral("lee"), UserRole::Administrator);
        QCOMPARE(lee.role, UserRole::Labeller);  // asking for more changes nothing
        AuditEntry entry = AuditLog(*m_store).recent(1).front();
        QCOMPARE(entry.action, QStringLiteral("sign_in"));
        QCOMPARE(entry.user, QStringLiteral("lee"));
        QCOMPARE(entry.subject, QStringLiteral("user:%1").arg(lee.id));
        QCOMPARE(entry.details, QStringLiteral("labeller, without password (test)"));

        const UserRecord tom = accounts.signInWithoutPassword(QStringLiteral("tom"), UserRole::Supervisor);
        QCOMPARE(tom.role, UserRole::Supervisor);
        QVERIFY(!tom.hasPassword);
        QCOMPARE(UserRepository(*m_store).byName(QStringLiteral("tom"))->id, tom.id);
        entry = AuditLog(*m_store).recent(1).front();
        QCOMPARE(entry.user, QStringLiteral("tom"));
        QCOMPARE(entry.details, QStringLiteral("supervisor, without password (test)"));

        // A bad name creates nothing and writes nothing.
        const int entries = AuditLog(*m_store).recent(1000).size();
        QCOMPARE(thrownKind([&] { accounts.signInWithoutPassword(QString(), UserRole::Labeller); }),
                 std::optional(ProjectError::Kind::InvalidInput));
        QCOMPARE(AuditLog(*m_store).recent(1000).size(), entries);
    }

    void aLabellerIsRefusedEverySupervisorAction() {
        addStaff();
        const qint64 image = addImage(*m_store, QStringLiteral("/data/a.png"));
        const qint64 category = CategoryRepository(*m_store).ensure(QStringLiteral("bottle"));
        ModelRepository models(*m_store);
        const ModelRecord v1 = models.add(m_store->modelsDirectory() +
                                          QStringLiteral("/v1.dmad"), QStringLiteral("{}"), QStringLiteral("{}"));
        const ModelRecord v2 = models.add(m_store->modelsDirectory() +
                                          QStringLiteral("/v2.dmad"), QStringLiteral("{}"), QStringLiteral("{}"));
        Supervision(*m_store, QStringLiteral("sue")).activateModel(v1.id);
        Supervision(*m_store, QStringLiteral("sue")).setThreshold(category, v1.id, 1.7);
        Labelling(*m_store, QStringLiteral("sue")).saveMask(image, maskPng(), std::nullopt);

        Labelling lee(*m_store, QStringLiteral("lee"));
        Supervision leeSupervises(*m_store, QStringLiteral("lee"));
        int expectedRefusals = refusals();
        const auto refused = [&](auto call) {
            QCOMPARE(thrownKind(call), std::optional(ProjectError::Kind::NotAllowed));
            QCOMPARE(refusals(), ++expectedRefusals);
            const AuditEntry entry = AuditLog(*m_store).recent(1).front();
            QCOMPARE(entry.action, QStringLiteral("refused"));
            QCOMPARE(entry.user, QStringLiteral("lee"));
        };
        refused([&] { lee.setReviewed(image, true); });
        refused([&] { leeSupervises.setThreshold(category, v1.id, 0.1); });
        refused([&] { leeSupervises.activateModel(v2.id); });
        refused([&] { lee.removeMask(image); });  // sue's mask
        refused([&] {
            Accounts(*m_store).addUser(QStringLiteral("lee"), QStringLiteral("lee2"), UserRole::Administrator,
                                                                             kAdminPassword);
        });
        // A name without an account is refused too.
        QCOMPARE(thrownKind([&] { Labelling(*m_store, QStringLiteral("stranger")).setReviewed(image, true); }),
                 std::optional(ProjectError::Kind::NotAllowed));
        QCOMPARE(refusals(), ++expectedRefusals);

        // Nothing changed.
        QVERIFY(!ImageRepository(*m_store).byId(image)->reviewed);
        QCOMPARE(*ScoreRepository(*m_store).threshold(category, v1.id), 1.7);
        QCOMPARE(models.active()->id, v1.id);
        QVERIFY(MaskRepository(*m_store).forImage(image).has_value());
        QVERIFY(!UserRepository(*m_store).byName(QStringLiteral("lee2")));
        QVERIFY(AuditLog(*m_store).recent(1).front().details.contains(QStringLiteral("review")));

        // The refusal sentence names the role needed and the user's.
        try {
            lee.setReviewed(image, true);
            QFAIL("no refusal");
        } catch (const ProjectError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("supervisor")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("labeller")), qPrintable(error.message()));
        }

        // A labeller still labels, and clears a mask of their own.
        lee.markNormal(image);
        const qint64 own = addImage(*m_store, QStringLiteral("/data/b.png"));
        lee.saveMask(own, maskPng(), std::nullopt);
        lee.removeMask(own);
        QVERIFY(!MaskRepository(*m_store).forImage(own));

        // The supervisor and the administrator may.
        Labelling(*m_store, QStringLiteral("sue")).setReviewed(image, true);
        QVERIFY(ImageRepository(*m_store).byId(image)->reviewed);
        Supervision(*m_store, QStringLiteral("ada")).activateModel(v2.id);
        QCOMPARE(models.active()->id, v2.id);
        Supervision(*m_store, QStringLiteral("SUE")).activateModel(v1.id);  // a rollback, by the normalised name
        QCOMPARE(models.active()->id, v1.id);
    }

    void activationShowsTheThresholdInForceNextToTheSuggestedOne() {
        addStaff();
        const qint64 image = addImage(*m_store, QStringLiteral("/data/a.png"));
        Labelling(*m_store, QStringLiteral("lee")).markNormal(image);
        const qint64 category = CategoryRepository(*m_store).ensure(QStringLiteral("bottle"));
        ModelRepository models(*m_store);
        const ModelRecord v1 = models.add(QStringLiteral("/m/v1"), QStringLiteral("{}"), QStringLiteral("{}"));
        const ModelRecord v2 = models.add(QStringLiteral("/m/v2"), QStringLiteral("{}"), QStringLiteral("{}"));
        ScoreRepository(*m_store).put(v1.id, {{image, 1.2}});
        ScoreRepository(*m_store).put(v2.id, {{image, 1.62}});
        Supervision sue(*m_store, QStringLiteral("sue"));
        sue.activateModel(v1.id);
        sue.setThreshold(category, v1.id, 1.7);

        const QVector<ThresholdChange> preview = sue.activationPreview(v2.id);
        QCOMPARE(preview.size(), 1);
        QCOMPARE(preview.front().categoryName, QStringLiteral("bottle"));
        QCOMPARE(preview.front().current->value, 1.7);
        QCOMPARE(preview.front().current->source, CategoryThreshold::Source::Supervisor);
        QCOMPARE(*preview.front().suggested, 1.62);

        sue.activateModel(v2.id);
        const AuditEntry entry = AuditLog(*m_store).recent(1).front();
        QCOMPARE(entry.action, QStringLiteral("activate_model"));
        QVERIFY2(entry.details.contains(QStringLiteral("bottle: 1.700 -> suggested 1.620")), qPrintable(entry.details));
        // The supervisor's threshold of the old version is kept with it (a rollback finds it again).
        QCOMPARE(*ScoreRepository(*m_store).threshold(category, v1.id), 1.7);
    }

    void theAuditChainVerifiesAndNamesATamperedEntry() {
        addStaff();
        AuditLog log(*m_store);
        for (int i = 0; i < 5; ++i)
            log.append(QStringLiteral("lee"), QStringLiteral("label_normal"), QStringLiteral("image:%1").arg(i));
        const AuditChainReport intact = log.verify();
        QVERIFY2(intact.intact(), qPrintable(intact.problem));
        QCOMPARE(intact.entries, qint64(log.count()));
        const qint64 target = log.recent(3).back().id;  // third newest

        // The trigger refuses a plain edit...
        QSqlQuery query(m_store->database());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'sue' WHERE id = %1").arg(target)));
        // ...but not somebody who drops it, edits and puts it back.
        const QString file = m_store->databasePath();
        rawSql(file, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                         QStringLiteral("UPDATE audit_log SET user_name = 'sue' WHERE id = %1").arg(target),
                                        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                                     " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")});
        const AuditChainReport broken = log.verify();
        QVERIFY(!broken.intact());
        QCOMPARE(broken.brokenId, target);
        QVERIFY(broken.problem.contains(QString::number(target)));
    }

    void aDeletedOrBackDatedEntryBreaksTheChain() {
        addStaff();
        AuditLog log(*m_store);
        for (int i = 0; i < 4; ++i)
            log.append(QStringLiteral("lee"), QStringLiteral("label_normal"), QStringLiteral("image:%1").arg(i));
        const qint64 last = log.recent(1).front().id;
        const QString file = m_store->databasePath();

        // An entry inserted with a time of its own (back-dated), even carrying a plausible hash.
        rawSql(file, {QStringLiteral("INSERT INTO audit_log (id, user_name, action, subject, details, at, chain_hash)"
                                     " VALUES (%1, 'sue', 'review', 'image:1', '', '2001-01-01T00:00:00.000Z', '%2')")
                                         .arg(last + 1)
                                         .arg(QString(64, QLatin1Char('a')))});
        AuditChainReport report = log.verify();
        QCOMPARE(report.brokenId, last + 1);
        QVERIFY(report.problem.contains(QStringLiteral("back-dated")));

        // A removed entry in the middle.
        rawSql(file,
               {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                               QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(last + 1),
                                              QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(last - 1)});
        report = log.verify();
        QCOMPARE(report.brokenId, last);
    }

    void timesComeFromTheProgramAndNeverGoBack() {
        AuditLog log(*m_store);
        log.append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s"));
        const AuditEntry first = log.recent(1).front();
        log.append(QStringLiteral("a"), QStringLiteral("y"), QStringLiteral("s"));
        const AuditEntry second = log.recent(1).front();
        QVERIFY(second.time >= first.time);
        QVERIFY(qAbs(second.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(log.verify().intact());
    }

    void importsAreAudited() {
        QTemporaryDir images;
        QImage image(12, 9, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QVERIFY(image.save(images.filePath(QStringLiteral("one.png"))));
        QVERIFY(image.save(images.filePath(QStringLiteral("two.png"))));
        ImportOptions options;
        options.user = QStringLiteral("lee");
        const ImportReport report = importImageFolder(*m_store, images.path(), options);
        QCOMPARE(report.imagesAdded, 2);
        const AuditEntry entry = AuditLog(*m_store).recent(1).front();
        QCOMPARE(entry.action, QStringLiteral("import"));
        QCOMPARE(entry.user, QStringLiteral("lee"));
        QVERIFY(entry.details.startsWith(QStringLiteral("2 image(s)")));
        QVERIFY(entry.subject.contains(QDir(images.path()).dirName()));
        QVERIFY(AuditLog(*m_store).verify().intact());
    }

    void anOlderProjectMigratesWithItsUsersAndAChainedLog() {
        m_store.reset();
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_dir.path()));
        const QString file = QDir(m_dir.path()).filePath(QStringLiteral("project.sqlite"));
        QStringList v1 = schemaMigrations().front().statements;
        v1 << QStringLiteral("PRAGMA user_version = 1") << QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Lee', 'supervisor', '2024-01-01T00:00:00.000Z')")
            << QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('kim', 'labeller', '2024-01-01T00:00:00.000Z')");
        for (int i = 1; i <= 3; ++i) {
            v1 << QStringLiteral("INSERT INTO audit_log (user_name, action, subject, details, at)"
                                 " VALUES ('kim', 'label_normal', 'image:%1', '', '2024-01-0%1T10:00:00.000Z')")
                                     .arg(i);
        }
        rawSql(file, v1);

        m_store = ProjectStore::open(m_dir.path());
        QCOMPARE(m_store->schemaVersion(), ProjectStore::latestSchemaVersion());
        const auto lee = UserRepository(*m_store).byName(QStringLiteral("lee"));
        QVERIFY(lee.has_value());
        QCOMPARE(lee->role, UserRole::Supervisor);
        QVERIFY(!lee->hasPassword);
        const AuditChainReport report = AuditLog(*m_store).verify();
        QVERIFY2(report.intact(), qPrintable(report.problem));
        QCOMPARE(report.entries, qint64(3));
        // The trigger is back after the migration.
        QSqlQuery query(m_store->database());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE id = 1")));

        // No administrator yet: the first sign-in makes one; an existing user may be it.
        Accounts accounts(*m_store);
        QVERIFY(accounts.needsAdministrator());
        QCOMPARE(thrownKind([&] { accounts.signIn(QStringLiteral("lee"), QString()); }),
                 std::optional(ProjectError::Kind::NotAllowed));
        const UserRecord admin = accounts.createFirstAdministrator(QStringLiteral("LEE"), kAdminPassword);
        QCOMPARE(admin.id, lee->id);
        QCOMPARE(admin.role, UserRole::Administrator);
        QCOMPARE(accounts.signIn(QStringLiteral("lee"), kAdminPassword).id, lee->id);
        QVERIFY(AuditLog(*m_store).verify().intact());
    }
};

QTEST_MAIN(TestProjectAccounts)
#include "test_project_accounts.moc"
