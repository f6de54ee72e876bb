// A project on a real PostgreSQL server: roles the server enforces (also against raw SQL), insert-only
// audit log, row-version conflicts between stations, live change notifications, model files as bytes.
#include "postgres_server.h"
#include "project/accounts.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/change_listener.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_copy.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/review.h"
#include "project/score_repository.h"
#include "project/supervision.h"
#include "project/user_repository.h"
#include "project_test_printing.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmad::project;
using dmad::testing::PostgresServer;

namespace {

constexpr const char* kLabellerPassword = "labeller-secret-1";
constexpr const char* kSupervisorPassword = "supervisor-secret-1";

QByteArray maskPng(int seed) {
    QImage mask(10, 8, QImage::Format_Grayscale8);
    mask.fill(0);
    mask.setPixel(seed % 10, 2, qRgb(255, 255, 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    mask.save(&buffer, "PNG");
    return bytes;
}

QVariant sqlScalar(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) return {};
    return query.value(0);
}

}  // namespace

class TestProjectServer : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_images;
    QTemporaryDir m_stationA;
    QTemporaryDir m_stationB;
    ServerConnection m_owner;
    std::unique_ptr<ProjectStore> m_store;  // the supervisor's station (the project's owner)
    qint64 m_image = 0;
    qint64 m_category = 0;
    qint64 m_model = 0;

    ServerConnection labeller() const {
        ServerConnection connection = m_owner;
        connection.user = QStringLiteral("Lena");
        connection.password = QLatin1String(kLabellerPassword);
        connection.localFolder = m_stationB.path();
        return connection;
    }

    ServerConnection supervisorConnection() const {
        ServerConnection connection = m_owner;
        connection.user = QStringLiteral("Sam");
        connection.password = QLatin1String(kSupervisorPassword);
        connection.localFolder = m_stationB.path();
        return connection;
    }

    qint64 addImage(const QString& relativePath) const {
        NewImage image;
        image.categoryId = m_category;
        image.path = QDir(m_images.path()).filePath(relativePath);
        image.contentHash = relativePath;
        image.width = 10;
        image.height = 8;
        return ImageRepository(*m_store).add(image);
    }

    // The labeller's credentials on a plain QSqlDatabase: what anyone could do with psql.
    QSqlDatabase rawLabeller(const QString& name) const {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_owner.host);
        db.setPort(m_owner.port);
        db.setDatabaseName(m_owner.database);
        db.setUserName(UserRepository::nameKey(QStringLiteral("Lena")));
        db.setPassword(QLatin1String(kLabellerPassword));
        return db;
    }

private Q_SLOTS:
    void initTestCase() {
        DMAD_START_POSTGRES_OR_SKIP(m_server);
        m_owner = newServerProject(m_server, m_images.path(), m_stationA.path());
        m_store = ProjectStore::connect(m_owner);
        UserRepository users(*m_store);
        users.add(QLatin1String(PostgresServer::kOwner), UserRole::Supervisor, QStringLiteral("owner-secret-1"));
        users.add(QStringLiteral("Lena"), UserRole::Labeller, QLatin1String(kLabellerPassword));
        users.add(QStringLiteral("Sam"), UserRole::Supervisor, QLatin1String(kSupervisorPassword));
        m_category = CategoryRepository(*m_store).ensure(QStringLiteral("bottle"));
        NewImage image;
        image.categoryId = m_category;
        image.path = QDir(m_images.path()).filePath(QStringLiteral("bottle/a.png"));
        image.contentHash = QStringLiteral("h");
        image.width = 10;
        image.height = 8;
        m_image = ImageRepository(*m_store).add(image);
        QTemporaryDir modelDir;
        const QString modelFile = modelDir.filePath(QStringLiteral("m.dmad"));
        QFile file(modelFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("model bytes ") + QByteArray(1000, 'x'));
        file.close();
        m_model = ModelRepository(*m_store).add(modelFile, QStringLiteral("{}"), QStringLiteral("{}")).id;
    }

    void imagePathsAreRelativeToEachStationsImageRoot() {
        QCOMPARE(sql_path(), QStringLiteral("bottle/a.png"));
        ServerConnection other = labeller();
        other.imageRoot = QStringLiteral("/mnt/line3/images");
        const auto station = ProjectStore::connect(other);
        QCOMPARE(ImageRepository(*station).byId(m_image)->path, QStringLiteral("/mnt/line3/images/bottle/a.png"));
    }

    void wrongPasswordIsRefused() {
        ServerConnection wrong = labeller();
        wrong.password = QStringLiteral("not-the-password");
        try {
            ProjectStore::connect(wrong);
            QFAIL("a wrong password was accepted");
        } catch (const ProjectError& error) {
            QCOMPARE(error.kind(), ProjectError::Kind::NotAllowed);
        }
    }

    void labellerMayLabelButNotSupervise() {
        const auto station = ProjectStore::connect(labeller());
        Labelling(*station, QStringLiteral("Lena")).markNormal(m_image);
        QCOMPARE(ImageRepository(*m_store).byId(m_image)->status, ImageStatus::Normal);
        // The application's check refuses first...
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 Supervision(*station, QStringLiteral("Lena")).setThreshold(m_category, m_model, 1.0));
        // ...and without it the server refuses the same writes.
        const auto refusedByServer = [](const std::function<void()>& write) {
            try {
                write();
            } catch (const ProjectError& error) {
                return error.kind() == ProjectError::Kind::NotAllowed;
            }
            return false;
        };
        QVERIFY(refusedByServer([&] { ScoreRepository(*station).setThreshold(m_category, m_model, 1.0); }));
        QVERIFY(refusedByServer([&] { ModelRepository(*station).activate(m_model); }));
        QVERIFY(refusedByServer([&] { ImageRepository(*station).setReviewed(m_image, true); }));
        QVERIFY(!ImageRepository(*m_store).byId(m_image)->reviewed);
        QVERIFY(!ModelRepository(*m_store).active());
    }

    void labellerCannotSuperviseWithRawSql() {
        {
            QSqlDatabase db = rawLabeller(QStringLiteral("raw-labeller"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            const QStringList refused{
                QStringLiteral("INSERT INTO category_thresholds VALUES (%1, %2, 9.0, 'now')").arg(m_category).arg(m_model),
                    QStringLiteral("UPDATE images SET reviewed = 1"),
                        QStringLiteral("UPDATE models SET active = 1"),
                            QStringLiteral("UPDATE audit_log SET details = 'x'"),
                                QStringLiteral("DELETE FROM audit_log"),
                                    QStringLiteral("TRUNCATE audit_log"),
                                        QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"),
                                            QStringLiteral("UPDATE users SET role = 'supervisor'"),
                                                QStringLiteral("ALTER TABLE images DROP COLUMN reviewed"),
                                                    // An entry under somebody else's name (row security).
                                                    QStringLiteral("INSERT INTO audit_log (id, user_name, action, subject, at) VALUES (100000, '%1',"
                               " 'activate', 'model', 'now')")
                                                            .arg(QLatin1String(PostgresServer::kOwner)),
                                                        QStringLiteral("SET ROLE dmad_supervisor"),
                                                            QStringLiteral("UPDATE category_thresholds SET threshold = 9.0"),
                                                                QStringLiteral("DELETE FROM category_thresholds"),
                                                                    QStringLiteral("UPDATE models SET active = 0"),
                                                                        QStringLiteral("UPDATE images SET reviewed = 0 WHERE id = %1")
                                                                                .arg(m_image),
                                                                            QStringLiteral("DELETE FROM audit_log WHERE id = 1"),
                                                                                // The accounts' password hashes (offline guessing).
                                                                                QStringLiteral("SELECT password_hash FROM users"),
                                                                                    QStringLiteral("SELECT * FROM users"),
                                                                                };
            for (const QString& statement : refused) {
                QVERIFY2(!query.exec(statement), qPrintable(statement));
                QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
            }
            // What a labeller does is allowed.
            QVERIFY2(
                query.exec(QStringLiteral("UPDATE images SET status = 'defective', row_version = row_version + 1")),
                           qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-labeller"));
        QCOMPARE(ImageRepository(*m_store).byId(m_image)->status, ImageStatus::Defective);
    }

    // The hashes stay on the server: a labeller sees names and roles, and their own hash only through
    // the sign-in function; signing in still works for every role.
    void labellerCannotReadPasswordHashes() {
        {
            QSqlDatabase db = rawLabeller(QStringLiteral("raw-hashes"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("SELECT password_hash FROM users")));
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
            QVERIFY2(query.exec(QStringLiteral("SELECT name, role FROM users ORDER BY name")),
                                qPrintable(query.lastError().text()));
            int accounts = 0;
            while (query.next()) ++accounts;
            QCOMPARE(accounts, 3);
            QVERIFY(query.exec(QStringLiteral("SELECT name_key, dmad_password_hash(id), dmad_has_password(id)"
                                              " FROM users")));
            int ownHashes = 0;
            while (query.next()) {
                QVERIFY(query.value(2).toBool());
                const bool own = query.value(0).toString() == QStringLiteral("lena");
                QCOMPARE(query.value(1).isNull(), !own);
                if (own) ++ownHashes;
            }
            QCOMPARE(ownHashes, 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-hashes"));
        const auto station = ProjectStore::connect(labeller());
        QCOMPARE(Accounts(*station).signIn(QStringLiteral("Lena"), QLatin1String(kLabellerPassword)).role,
                                           UserRole::Labeller);
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 Accounts(*station).signIn(QStringLiteral("Lena"), QStringLiteral("wrong")));
        QVERIFY(UserRepository(*station).byName(QStringLiteral("Lena"))->hasPassword);
        QVERIFY(!UserRepository(*station).hasAdministrator());  // this project has none
        // A supervisor's login reads no hash either, and signs in.
        const auto supervisor = ProjectStore::connect(supervisorConnection());
        {
            QSqlQuery query(supervisor->database());
            QVERIFY(!query.exec(QStringLiteral("SELECT password_hash FROM users")));
        }
        QCOMPARE(Accounts(*supervisor)
                     .signIn(QStringLiteral("Sam"), QLatin1String(kSupervisorPassword)).role, UserRole::Supervisor);
    }

    // Removing a mask is the author's or a supervisor's, on the server too (row security).
    void labellerRemovesOnlyOwnMasks() {
        const qint64 theirs = addImage(QStringLiteral("bottle/theirs.png"));
        const qint64 own = addImage(QStringLiteral("bottle/own.png"));
        Labelling(*m_store, QLatin1String(PostgresServer::kOwner)).saveMask(theirs, maskPng(4), std::nullopt);
        const auto station = ProjectStore::connect(labeller());
        Labelling(*station, QStringLiteral("Lena")).saveMask(own, maskPng(5), std::nullopt);
        {
            QSqlDatabase db = rawLabeller(QStringLiteral("raw-masks"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("DELETE FROM masks WHERE image_id = %1").arg(theirs)),
                                qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-masks"));
        QVERIFY(MaskRepository(*m_store).forImage(theirs));
        // The application refuses first; without its check the server does.
        QVERIFY_THROWS_EXCEPTION(ProjectError, Labelling(*station, QStringLiteral("Lena")).removeMask(theirs));
        try {
            MaskRepository(*station).remove(theirs);
            QFAIL("the server let a labeller remove another account's mask");
        } catch (const ProjectError& error) {
            QCOMPARE(error.kind(), ProjectError::Kind::NotAllowed);
        }
        QVERIFY(MaskRepository(*m_store).forImage(theirs));
        Labelling(*station, QStringLiteral("Lena")).removeMask(own);
        QVERIFY(!MaskRepository(*m_store).forImage(own));
        // A supervisor removes anyone's.
        const auto supervisor = ProjectStore::connect(supervisorConnection());
        Labelling(*supervisor, QStringLiteral("Sam")).removeMask(theirs);
        QVERIFY(!MaskRepository(*m_store).forImage(theirs));
    }

    void auditLogIsInsertOnlyForTheOwnerToo() {
        AuditLog(*m_store).append(QLatin1String(PostgresServer::kOwner), QStringLiteral("note"), QStringLiteral("x"));
        QSqlQuery query(m_store->database());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET details = 'changed'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE audit_log")));
        QVERIFY(AuditLog(*m_store).count() >= 1);
        QVERIFY(AuditLog(*m_store).verify().intact());
    }

    void secondSaveOfTheSameMaskIsAConflict() {
        const auto stationB = ProjectStore::connect(labeller());
        MaskRepository masksA(*m_store);
        MaskRepository masksB(*stationB);
        const int seenByA = masksA.currentVersion(m_image);
        const int seenByB = masksB.currentVersion(m_image);
        QCOMPARE(seenByA, seenByB);
        const MaskRecord saved = Labelling(*m_store, QLatin1String(PostgresServer::kOwner))
                                     .saveMask(m_image, maskPng(1), std::nullopt, seenByA);
        try {
            Labelling(*stationB, QStringLiteral("Lena")).saveMask(m_image, maskPng(2), std::nullopt, seenByB);
            QFAIL("the second save overwrote the first");
        } catch (const ProjectError& error) {
            QCOMPARE(error.kind(), ProjectError::Kind::Conflict);
        }
        // The first save is intact, on both stations; the second, told, saves on top of it.
        QCOMPARE(masksB.png(*masksB.forImage(m_image)), maskPng(1));
        QCOMPARE(QImage(masksB.absoluteFile(*masksB.forImage(m_image))).pixelColor(1, 2).value(), 255);
        Labelling(*stationB, QStringLiteral("Lena")).saveMask(m_image, maskPng(2), std::nullopt, saved.rowVersion);
        QCOMPARE(masksA.png(*masksA.forImage(m_image)), maskPng(2));

        const int label = ImageRepository(*m_store).byId(m_image)->rowVersion;
        Labelling(*m_store, QLatin1String(PostgresServer::kOwner)).markNormal(m_image, label);
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 Labelling(*stationB, QStringLiteral("Lena")).markUnlabelled(m_image, label));
        QCOMPARE(ImageRepository(*stationB).byId(m_image)->status, ImageStatus::Normal);
    }

    // Every label change (N / D / U, reviewed, split) from a station that shows an older version of the
    // image is refused as a conflict, and nothing of it is written.
    void staleLabelChangesAreConflicts() {
        const qint64 id = addImage(QStringLiteral("bottle/stale.png"));
        const int seen = ImageRepository(*m_store).byId(id)->rowVersion;
        const auto station = ProjectStore::connect(labeller());
        Labelling(*station, QStringLiteral("Lena")).markDefective(id, std::nullopt, seen);
        const auto isConflict = [](const std::function<void()>& write) {
            try {
                write();
            } catch (const ProjectError& error) {
                return error.kind() == ProjectError::Kind::Conflict;
            }
            return false;
        };
        Labelling supervisor(*m_store, QLatin1String(PostgresServer::kOwner));
        QVERIFY(isConflict([&] { supervisor.markNormal(id, seen); }));
        QVERIFY(isConflict([&] { supervisor.markUnlabelled(id, seen); }));
        QVERIFY(isConflict([&] { supervisor.setReviewed(id, true, seen); }));
        QVERIFY(isConflict([&] { supervisor.setSplit(id, Split::Test, seen); }));
        QVERIFY(isConflict([&] { ImageRepository(*m_store).requireVersion(id, seen); }));
        const ImageRecord now = *ImageRepository(*m_store).byId(id);
        QCOMPARE(now.status, ImageStatus::Defective);
        QVERIFY(!now.reviewed);
        QCOMPARE(now.split, Split::Train);
        QCOMPARE(now.rowVersion, seen + 1);
        // With the version it shows now, the change goes through.
        ImageRepository(*m_store).requireVersion(id, now.rowVersion);
        supervisor.setReviewed(id, true, now.rowVersion);
        QVERIFY(ImageRepository(*station).byId(id)->reviewed);
    }

    // A supervisor's decisions in the review queue (accept / reject a label, accept a prediction) on
    // images another station changed since the queue showed them: a conflict, and none of the batch is
    // decided (the fresh image before it included); with the versions shown now they go through.
    void staleReviewDecisionsAreConflicts() {
        const qint64 fresh = addImage(QStringLiteral("bottle/review-fresh.png"));
        const qint64 stale = addImage(QStringLiteral("bottle/review-stale.png"));
        Labelling owner(*m_store, QLatin1String(PostgresServer::kOwner));
        owner.markDefective(fresh, std::nullopt);
        owner.markDefective(stale, std::nullopt);
        ScoreRepository(*m_store).put(m_model, {{fresh, 0.9}, {stale, 0.1}});
        const ImageRepository images(*m_store);
        const ShownVersions shown{{fresh, images.byId(fresh)->rowVersion}, {stale, images.byId(stale)->rowVersion}};
        const auto station = ProjectStore::connect(labeller());
        Labelling(*station, QStringLiteral("Lena")).markNormal(stale);
        const int auditRows = AuditLog(*m_store).count();

        const auto isConflict = [](const std::function<void()>& decide) {
            try {
                decide();
            } catch (const ProjectError& error) {
                return error.kind() == ProjectError::Kind::Conflict;
            }
            return false;
        };
        Review review(*m_store, QLatin1String(PostgresServer::kOwner));
        QVERIFY(isConflict([&] { review.acceptLabels({fresh, stale}, shown); }));
        QVERIFY(isConflict([&] { review.rejectLabels({fresh, stale}, shown); }));
        QVERIFY(isConflict([&] { review.acceptPredictions({fresh, stale}, m_model, 0.5, shown); }));
        for (const qint64 id : {fresh, stale}) {
            const ImageRecord now = *images.byId(id);
            QVERIFY(!now.reviewed);
            QCOMPARE(now.status, id == stale ? ImageStatus::Normal : ImageStatus::Defective);
        }
        QCOMPARE(AuditLog(*m_store).count(), auditRows);

        // With the versions shown now the decisions go through; each write raises the version by one.
        const ShownVersions now{{fresh, images.byId(fresh)->rowVersion}, {stale, images.byId(stale)->rowVersion}};
        review.rejectLabels({stale}, now);
        QCOMPARE(images.byId(stale)->status, ImageStatus::Unlabelled);
        QCOMPARE(images.byId(stale)->rowVersion, now[stale] + 1);
        review.acceptPredictions({fresh}, m_model, 0.5, now);
        const ImageRecord decided = *images.byId(fresh);
        QCOMPARE(decided.status, ImageStatus::Defective);
        QVERIFY(decided.reviewed);
        QCOMPARE(decided.rowVersion, now[fresh] + 2);
        // Several writes to one image in one decision each expect the version the previous left.
        owner.setReviewed(stale, true);
        owner.markNormal(stale);
        const int before = images.byId(stale)->rowVersion;
        review.rejectLabels({stale}, {{stale, before}});
        QCOMPARE(images.byId(stale)->rowVersion, before + 2);
        QVERIFY(!images.byId(stale)->reviewed);
        QVERIFY(isConflict([&] { review.acceptLabels({fresh}, {{fresh, decided.rowVersion - 1}}); }));
        review.acceptLabels({fresh}, {{fresh, decided.rowVersion}});
    }

    void otherStationsHearOfChangesWithinTwoSeconds() {
        const auto stationB = ProjectStore::connect(labeller());
        QList<RowChange> heard;
        ChangeListener listener(*stationB, [&heard](const RowChange& change) { heard.push_back(change); });
        QVERIFY(listener.isListening());
        QElapsedTimer timer;
        timer.start();
        Labelling(*m_store, QLatin1String(PostgresServer::kOwner)).markDefective(m_image, std::nullopt);
        Supervision(*m_store, QLatin1String(PostgresServer::kOwner)).setThreshold(m_category, m_model, 0.7);
        const auto heardOf = [&heard](const QString& table, qint64 id) {
            return std::any_of(heard.cbegin(), heard.cend(), [&](const RowChange& change) {
                return change.table == table && change.id == id && !change.ownStation;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(heardOf(QStringLiteral("images"), m_image) &&
                                         heardOf(QStringLiteral("category_thresholds"), m_category), 2000);
        qInfo("changes heard after %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(ImageRepository(*stationB).byId(m_image)->status, ImageStatus::Defective);
        QCOMPARE(ScoreRepository(*stationB).threshold(m_category, m_model), std::optional<double>(0.7));
    }

    void modelFilesTravelAsBytesWithTheirChecksum() {
        const auto stationB = ProjectStore::connect(labeller());
        ModelRepository models(*stationB);
        const ModelRecord model = *models.byId(m_model);
        QCOMPARE(model.checksum.size(), 64);
        const QString local = models.absoluteFile(model);
        QVERIFY(local.startsWith(m_stationB.path()));
        QFile file(local);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("model bytes "));
        file.close();
        // A damaged copy on this station is fetched again.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("damaged");
        file.close();
        QCOMPARE(models.absoluteFile(model), local);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("model bytes "));
    }

    // Folder -> server -> folder: every row, the mask's and the model's bytes, and an intact audit chain.
    void copyBetweenBackEndsKeepsEverything() {
        QTemporaryDir folder;
        const QString original = folder.filePath(QStringLiteral("original"));
        {
            const auto source = ProjectStore::create(original);
            const qint64 category = CategoryRepository(*source).ensure(QStringLiteral("tile"));
            NewImage image;
            image.categoryId = category;
            image.path = QDir(original).filePath(QStringLiteral("images/t.png"));
            image.contentHash = QStringLiteral("t");
            image.width = 10;
            image.height = 8;
            const qint64 id = ImageRepository(*source).add(image);
            UserRepository(*source).add(QStringLiteral("Anna"), UserRole::Supervisor, QStringLiteral("anna-secret-1"));
            Labelling(*source, QStringLiteral("Anna")).saveMask(id, maskPng(3), std::nullopt);
            const QString modelFile = QDir(source->modelsDirectory()).filePath(QStringLiteral("v1.dmad"));
            QFile file(modelFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("tile model");
            file.close();
            ModelRepository(*source).add(modelFile, QStringLiteral("{}"), QStringLiteral("{}"));
        }
        const auto source = ProjectStore::open(original);
        ServerConnection target = m_server.connection(m_server.createDatabase(QStringLiteral("copy")));
        target.imageRoot = original;
        target.localFolder = folder.filePath(QStringLiteral("station"));
        const auto server = ProjectStore::connect(target);
        const CopyReport up = copyProject(*source, *server);
        QCOMPARE(up.rows.value(QStringLiteral("images")), 1);
        QCOMPARE(up.rows.value(QStringLiteral("audit_log")), AuditLog(*source).count());
        QCOMPARE(up.maskFiles, 1);
        QCOMPARE(up.modelFiles, 1);
        QVERIFY(AuditLog(*server).verify().intact());
        QCOMPARE(ImageRepository(*server).all().front().path, QDir(original).filePath(QStringLiteral("images/t.png")));
        QCOMPARE(MaskRepository(*server).png(*MaskRepository(*server).forImage(1)), maskPng(3));
        // New rows continue after the copied ids.
        QVERIFY(CategoryRepository(*server).ensure(QStringLiteral("new")) > 1);
        QVERIFY_THROWS_EXCEPTION(ProjectError, copyProject(*source, *server));  // only into a new project

        const QString back = folder.filePath(QStringLiteral("back"));
        const auto copy = ProjectStore::create(back);
        const CopyReport down = copyProject(*server, *copy);
        QCOMPARE(down.rows.value(QStringLiteral("masks")), 1);
        QVERIFY(AuditLog(*copy).verify().intact());
        MaskRepository masks(*copy);
        QCOMPARE(masks.png(*masks.forImage(1)), maskPng(3));
        ModelRepository models(*copy);
        QFile model(models.absoluteFile(models.all().front()));
        QVERIFY(model.open(QIODevice::ReadOnly));
        QCOMPARE(model.readAll(), QByteArray("tile model"));
    }

    // sslmode=prefer: TLS whenever the server offers it (here over TCP with a self-signed certificate);
    // the Unix socket of the other test server never uses it.
    void connectionUsesTlsWhenTheServerOffersIt() {
        QVERIFY(!m_store->isEncrypted());
        PostgresServer tlsServer;
        QString why;
        if (!tlsServer.start(&why, PostgresServer::Tls::On)) {
            if (why.contains(QStringLiteral("openssl"))) QSKIP(qPrintable(why));
            QFAIL(qPrintable(QStringLiteral("the TLS server did not start: ") + why));
        }
        QTemporaryDir folder;
        ServerConnection connection = newServerProject(tlsServer, folder.path(), folder.path());
        QCOMPARE(connection.sslMode, QStringLiteral("prefer"));
        QVERIFY(connection.host.startsWith(QStringLiteral("127.")));
        {
            const auto store = ProjectStore::connect(connection);
            QVERIFY(store->isEncrypted());
        }
        connection.sslMode = QStringLiteral("disable");
        const auto plain = ProjectStore::connect(connection);
        QVERIFY(!plain->isEncrypted());
    }

    // A project made by an older build (schema 3: before the hashes were hidden and mask removal moved
    // into row security) opened by a labeller or a supervisor: only the tables' owner may upgrade it, so
    // they get a message saying so, and nothing of the upgrade is done; the owner's connection upgrades it.
    void olderSchemaIsUpgradedByItsOwnerOnly() {
        QSqlDatabase owner = m_store->database();
        const auto schemaVersion = [&owner] {
            return sqlScalar(owner, QStringLiteral("SELECT value FROM dmad_meta WHERE key = 'schema_version'")).toInt();
        };
        const auto masksHaveRowSecurity = [&owner] {
            return sqlScalar(owner,
                             QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'masks'")).toBool();
        };
        QCOMPARE(schemaVersion(), 4);
        // Back to what a schema 3 project on a server looks like.
        for (const char* statement :
             {"DROP POLICY masks_read ON masks", "DROP POLICY masks_paint ON masks",
              "DROP POLICY masks_repaint ON masks", "DROP POLICY masks_remove ON masks",
              "ALTER TABLE masks DISABLE ROW LEVEL SECURITY", "DROP FUNCTION dmad_password_hash(BIGINT)",
              "DROP FUNCTION dmad_has_password(BIGINT)", "GRANT SELECT ON users TO dmad_labeller",
              "UPDATE dmad_meta SET value = '3' WHERE key = 'schema_version'"}) {
            QSqlQuery query(owner);
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
        }
        QCOMPARE(schemaVersion(), 3);

        for (const ServerConnection& connection : {labeller(), supervisorConnection()}) {
            try {
                ProjectStore::connect(connection);
                QFAIL("a role that does not own the tables upgraded the project");
            } catch (const ProjectError& error) {
                QCOMPARE(error.kind(), ProjectError::Kind::NotAllowed);
                QVERIFY2(error.message().contains(QStringLiteral("needs an upgrade")), qPrintable(error.message()));
                QVERIFY2(error.message().contains(QLatin1String(PostgresServer::kOwner)), qPrintable(error.message()));
                QVERIFY2(!error.message().contains(QStringLiteral("permission denied")), qPrintable(error.message()));
            }
        }
        // Nothing of the upgrade was done.
        QCOMPARE(schemaVersion(), 3);
        QVERIFY(!masksHaveRowSecurity());
        QVERIFY(
            sqlScalar(owner, QStringLiteral("SELECT to_regprocedure('dmad_password_hash(bigint)') IS NULL")).toBool());

        // The owner's connection upgrades it, and then the others open it as before.
        const auto upgraded = ProjectStore::connect(m_owner);
        QCOMPARE(schemaVersion(), 4);
        QVERIFY(masksHaveRowSecurity());
        const auto station = ProjectStore::connect(labeller());
        QVERIFY(ImageRepository(*station).byId(m_image));
        {
            QSqlDatabase raw = rawLabeller(QStringLiteral("raw-after-upgrade"));
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery hashes(raw);
            QVERIFY(!hashes.exec(QStringLiteral("SELECT password_hash FROM users")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-after-upgrade"));
    }

    void cleanupTestCase() { m_store.reset(); }

private:
    QString sql_path() {
        QSqlQuery query(m_store->database());
        query.exec(QStringLiteral("SELECT path FROM images WHERE id = %1").arg(m_image));
        return query.next() ? query.value(0).toString() : QString();
    }
};

QTEST_MAIN(TestProjectServer)
#include "test_project_server.moc"
