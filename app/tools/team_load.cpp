// dmad_team_load: one part of the team load test (packaging/team-load-test.sh): sets up a server project,
// plays one station (label, paint, set thresholds) for a while, or checks what all stations did.
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/supervision.h"
#include "project/training_queue.h"
#include "project/user_repository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace dmad::project;

namespace {

constexpr int kImageSide = 64;

QString stationName(int index) {
    return QStringLiteral("station%1").arg(index);
}

QString stationPassword(int index) {
    return QStringLiteral("station-secret-%1").arg(index);
}

// Even stations are supervisors (they also set thresholds), odd ones labellers.
UserRole stationRole(int index) {
    return index % 2 == 0 ? UserRole::Supervisor : UserRole::Labeller;
}

int fail(const QString& message) {
    std::fprintf(stderr, "dmad_team_load: %s\n", qPrintable(message));
    return 1;
}

QByteArray png(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage texture(int seed) {
    QImage image(kImageSide, kImageSide, QImage::Format_RGB32);
    QRandomGenerator random(static_cast<quint32>(seed));
    for (int y = 0; y < kImageSide; ++y)
        for (int x = 0; x < kImageSide; ++x) {
            const int v = 110 + ((x / 8 + y / 8) % 2) * 40 + static_cast<int>(random.bounded(16));
            image.setPixel(x, y, qRgb(v, v, v));
        }
    return image;
}

QByteArray maskPng(QRandomGenerator& random) {
    QImage mask(kImageSide, kImageSide, QImage::Format_Grayscale8);
    mask.fill(0);
    const int x = static_cast<int>(random.bounded(kImageSide - 8));
    const int y = static_cast<int>(random.bounded(kImageSide - 8));
    for (int dy = 0; dy < 8; ++dy)
        for (int dx = 0; dx < 8; ++dx) mask.setPixel(x + dx, y + dy, 255);
    return png(mask);
}

ServerConnection connectionFrom(const QCommandLineParser& args, const QString& user, const QString& password) {
    auto server = ServerConnection::fromUrl(args.value(QStringLiteral("url")));
    if (!server) throw ProjectError(ProjectError::Kind::InvalidInput, QStringLiteral("--url is not a server URL"));
    server->user = user.isEmpty() ? server->user : user;
    server->password = password;
    server->imageRoot = args.value(QStringLiteral("image-root"));
    server->localFolder = args.value(QStringLiteral("local-folder"));
    return *server;
}

int setup(const QCommandLineParser& args) {
    const ServerConnection owner = connectionFrom(args, {}, qEnvironmentVariable("PGPASSWORD"));
    const int stations = args.value(QStringLiteral("stations")).toInt();
    const int images = args.value(QStringLiteral("images")).toInt();
    const auto store = ProjectStore::connect(owner);
    UserRepository users(*store);
    users.add(owner.user, UserRole::Supervisor, owner.password);
    for (int i = 1; i <= stations; ++i) users.add(stationName(i), stationRole(i), stationPassword(i));
    const qint64 category = CategoryRepository(*store).ensure(QStringLiteral("part"));
    Transaction transaction(*store);
    for (int i = 1; i <= images; ++i) {
        const QString path =
            QDir(owner.imageRoot).filePath(QStringLiteral("part/%1.png").arg(i, 4, 10, QLatin1Char('0')));
        QDir().mkpath(QFileInfo(path).path());
        if (!texture(i).save(path)) return fail(QStringLiteral("cannot write %1").arg(path));
        NewImage image;
        image.categoryId = category;
        image.path = path;
        image.contentHash = QString::number(i);
        image.width = kImageSide;
        image.height = kImageSide;
        image.status = ImageStatus::Normal;  // a first model can be trained at once
        ImageRepository(*store).add(image);
    }
    TrainingQueue(*store).request(owner.user,
                                  QStringLiteral("{\"epochs\": 1, \"patchesPerImage\": 16, \"incremental\": false}"));
    transaction.commit();
    return 0;
}

struct Write {
    QString kind;  // "label", "mask", "threshold"
    qint64 row = 0;
    int expected = 0;
};

int station(const QCommandLineParser& args) {
    const int index = args.value(QStringLiteral("station")).toInt();
    const QString user = stationName(index);
    const auto store = ProjectStore::connect(connectionFrom(args, user, stationPassword(index)));
    QRandomGenerator random(static_cast<quint32>(index * 7919));
    const QVector<ImageRecord> images = ImageRepository(*store).all();
    const qint64 category = CategoryRepository(*store).all().first().id;
    Labelling labelling(*store, user);
    Supervision supervision(*store, user);
    const bool supervisor = stationRole(index) == UserRole::Supervisor;

    QJsonArray latencies;
    QJsonArray writes;
    int ops = 0, conflicts = 0, errors = 0;
    QJsonArray errorTexts;
    const QDeadlineTimer end(static_cast<qint64>(args.value(QStringLiteral("seconds")).toDouble() * 1000));
    // Station 2 (a supervisor) asks the worker for a retrain every minute, so that it trains throughout.
    QElapsedTimer sinceRetrain;
    sinceRetrain.start();
    while (!end.hasExpired()) {
        if (index == 2 && sinceRetrain.elapsed() > 60000) {
            TrainingQueue(*store).request(user, QStringLiteral("{\"epochs\": 1, \"patchesPerImage\": 16}"));
            sinceRetrain.restart();
        }
        const ImageRecord& pick = images.at(static_cast<int>(random.bounded(images.size())));
        const int dice = static_cast<int>(random.bounded(100));
        Write write;
        try {
            // Read what the station shows, think a moment (others may save meanwhile), then save.
            std::function<void()> save;
            if (supervisor && dice < 15) {
                // The active version's threshold, or the newest candidate's (a flagged first version).
                auto model = ModelRepository(*store).active();
                if (!model) {
                    const QVector<ModelRecord> versions = ModelRepository(*store).all();
                    if (versions.isEmpty()) continue;  // the worker has not trained the first version yet
                    model = versions.last();
                }
                write = {QStringLiteral("threshold"), category, 0};
                const double value = random.generateDouble();
                save = [&, model, value] { supervision.setThreshold(category, model->id, value); };
            } else if (dice < 60) {
                const int version = ImageRepository(*store).byId(pick.id)->rowVersion;
                write = {QStringLiteral("label"), pick.id, version};
                const bool normal = random.bounded(2) == 0;
                save = [&, normal, version] {
                    if (normal)
                        labelling.markNormal(pick.id, version);
                    else
                        labelling.markDefective(pick.id, std::nullopt, version);
                };
            } else {
                const auto mask = MaskRepository(*store).forImage(pick.id);
                const int version = mask ? mask->rowVersion : 0;
                write = {QStringLiteral("mask"), pick.id, version};
                const QByteArray bytes = maskPng(random);
                save = [&, bytes, version] { labelling.saveMask(pick.id, bytes, std::nullopt, version); };
            }
            QThread::msleep(random.bounded(20));
            QElapsedTimer clock;
            clock.start();
            save();
            latencies.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
            ++ops;
            writes.append(QJsonArray{write.kind, write.row, write.expected});
        } catch (const ProjectError& error) {
            if (error.kind() == ProjectError::Kind::Conflict) {
                ++conflicts;
            } else {
                ++errors;
                if (errorTexts.size() < 5) errorTexts.append(error.message());
            }
        }
    }
    const QJsonObject report{
        {QStringLiteral("station"), user},          {QStringLiteral("ops"), ops},
                                                     {QStringLiteral("conflicts"), conflicts},   {QStringLiteral("errors"), errors},
                                                                                                  {QStringLiteral("errorTexts"), errorTexts}, {QStringLiteral("latenciesMs"), latencies},
                                                                                                                                       {QStringLiteral("writes"), writes}};
    QFile out(args.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(report).toJson(QJsonDocument::Compact)) < 0)
        return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    return 0;
}

// Lost updates: two saves of the same row that both succeeded from the same version read (the second
// overwrote the first without knowing). Audit: one entry per successful station write.
int verify(const QCommandLineParser& args) {
    const auto store = ProjectStore::connect(connectionFrom(args, {}, qEnvironmentVariable("PGPASSWORD")));
    QSet<QString> seen;
    QMap<QString, int> byKind;
    int lost = 0, ops = 0, conflicts = 0, errors = 0;
    QVector<double> latencies;
    for (const QString& file : args.positionalArguments().mid(1)) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) return fail(QStringLiteral("cannot read %1").arg(file));
        const QJsonObject report = QJsonDocument::fromJson(in.readAll()).object();
        ops += report.value(QStringLiteral("ops")).toInt();
        conflicts += report.value(QStringLiteral("conflicts")).toInt();
        errors += report.value(QStringLiteral("errors")).toInt();
        for (const QJsonValue& text : report.value(QStringLiteral("errorTexts")).toArray())
            std::fprintf(stderr, "error: %s\n", qPrintable(text.toString()));
        for (const QJsonValue& value : report.value(QStringLiteral("latenciesMs")).toArray())
            latencies.push_back(value.toDouble());
        for (const QJsonValue& value : report.value(QStringLiteral("writes")).toArray()) {
            const QJsonArray w = value.toArray();
            ++byKind[w.at(0).toString()];
            if (w.at(0).toString() == QLatin1String("threshold")) continue;  // the last decision counts
            const QString key =
                QStringLiteral("%1:%2:%3").arg(w.at(0).toString()).arg(w.at(1).toInteger()).arg(w.at(2).toInt());
            if (seen.contains(key)) ++lost;
            seen.insert(key);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.isEmpty() ? 0.0 : latencies.at(std::min<int>(latencies.size() - 1, int(p * latencies.size())));
    };
    QSqlQuery audit(store->database());
    audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name LIKE 'station%' AND action IN"
                              " ('label_normal', 'label_defective', 'save_mask', 'set_threshold')"));
    audit.next();
    const int auditRows = audit.value(0).toInt();
    const auto requests = TrainingQueue(*store).all();
    const int trained = static_cast<int>(
        std::count_if(requests.begin(), requests.end(), [](const auto& r) { return r.status == RequestStatus::Done; }));
    std::printf("operations: %d\nwrite latency p50: %.1f ms\nwrite latency p95: %.1f ms\nconflicts detected: %d\n"
                "other errors: %d\nlost updates: %d\naudit rows: %d (%s operations)\nworker versions trained: %d\n",
                ops, percentile(0.5), percentile(0.95), conflicts, errors, lost, auditRows,
                auditRows == ops ? "equal to" : "NOT equal to", trained);
    std::printf("by kind: labels %d, masks %d, thresholds %d\n",
                byKind.value(QStringLiteral("label")), byKind.value(QStringLiteral("mask")),
                                                                    byKind.value(QStringLiteral("threshold")));
    const bool ok = lost == 0 && auditRows == ops && AuditLog(*store).verify().intact();
    return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("One part of the team load test: setup | station | verify REPORT..."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("setup, station or verify"));
    for (const auto& [name, help] : std::initializer_list<std::pair<const char*, const char*>>{
             {"url", "postgresql://owner@host:port/db (password in PGPASSWORD)"},
             {"image-root", "the image folder"},
             {"local-folder", "this process's folder for mask and model files"},
             {"stations", "setup: how many station accounts"},
             {"images", "setup: how many images"},
             {"station", "station: which one (1..N)"},
             {"seconds", "station: how long"},
             {"out", "station: the report file"}}) {
        args.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(help), QStringLiteral("value")));
    }
    args.process(app);
    const QString mode = args.positionalArguments().value(0);
    try {
        if (mode == QLatin1String("setup")) return setup(args);
        if (mode == QLatin1String("station")) return station(args);
        if (mode == QLatin1String("verify")) return verify(args);
    } catch (const ProjectError& error) {
        return fail(error.message());
    }
    return fail(QStringLiteral("mode must be setup, station or verify"));
}
