// Trains tiny models into a project and stores each as a version, the way DMAD Studio's Train does (model file
// written atomically first, then its row, scores, activation and audit entry in one transaction), so that the
// kill -9 series can kill it anywhere. Not a test itself.
//
//   dmad_train_harness init DIR SOURCE N         a project with the first N PNGs of SOURCE (copied inside)
//   dmad_train_harness train DIR BACKBONE OUTLIERS [--count N]
//        after each commit prints "model committed version=V file=F score=S" (S exact) (score of the first image)
//   dmad_train_harness check DIR LOG BACKBONE    after a kill: the last reported model is active or older
//        than the active one, every model file present loads, and the reported model scores bit-identically
#include "engine/dmad_model.h"
#include "engine/dmad_trainer.h"
#include "engine/feature_extractor.h"
#include "engine/inspector.h"
#include "engine/presets.h"
#include "engine/runtime.h"
#include "project/atomic_file.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QSqlQuery>
#include <QTextStream>
#include <exception>

using namespace dmad::project;

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& message) {
    QTextStream(stderr) << "FAIL " << message << Qt::endl;
    return 1;
}

dmad::EngineConfig tinyConfig(const QString& backbone) {
    dmad::EngineConfig config = dmad::workstationPreset(backbone.toStdString());
    config.runtime.device = dmad::DevicePreference::Cpu;
    config.runtime.threads = 1;  // the same score bit for bit on every run
    config.training.epochs = 2;
    config.training.batchSize = 2;
    config.training.patchesPerImage = 64;
    config.banks.normalCoresetRatio = 0.1;
    config.banks.pseudoCoresetRatio = 0.1;
    return config;
}

// 17 significant digits identify a double exactly: equal text means equal bits.
QString hexScore(double score) {
    return QString::number(score, 'g', 17);
}

int init(const QString& dir, const QString& source, int count) {
    const auto store = ProjectStore::create(dir);
    const QString images = QDir(QDir(dir).absolutePath()).filePath(QStringLiteral("images"));
    QDir().mkpath(images);
    const qint64 category = CategoryRepository(*store).ensure(QStringLiteral("tiny"));
    const QStringList files = QDir(source).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name).mid(0, count);
    for (const QString& name : files) {
        const QString to = QDir(images).filePath(name);
        if (!QFile::copy(QDir(source).filePath(name), to)) return fail(to);
        const QImage image(to);
        QFile f(to);
        f.open(QIODevice::ReadOnly);
        ImageRepository(*store).add(
            {category, to, QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex()),
             image.width(), image.height(), Split::Train, ImageStatus::Normal, std::nullopt});
    }
    out() << "init done " << files.size() << Qt::endl;
    return 0;
}

double scoreOf(const dmad::EngineConfig& config, const QString& modelFile, const QString& image) {
    const dmad::Inspector inspector(dmad::FeatureExtractor::open(config),
                                    dmad::DmadModel::load(modelFile.toStdString()));
    return inspector.inspect(image.toStdString(), false).score;
}

int train(const QString& dir, const QString& backbone, const QString& outliers, int count) {
    const dmad::EngineConfig config = tinyConfig(backbone);
    dmad::configureRuntime(config.runtime);
    const auto store = ProjectStore::open(dir);
    const QVector<ImageRecord> images = ImageRepository(*store).all();
    if (images.isEmpty()) return fail(QStringLiteral("no images"));
    dmad::TrainingSet set;
    for (const ImageRecord& image : images) set.normals.push_back({image.path.toStdString(), "tiny"});
    for (const QString& texture : {QStringLiteral("banded"), QStringLiteral("braided")}) {
        const QDir folder(QDir(outliers).filePath(QStringLiteral("dtd/") + texture));
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        if (!files.isEmpty()) set.outliers.push_back(folder.filePath(files.front()).toStdString());
    }
    const auto extractor = dmad::FeatureExtractor::open(config);
    dmad::DmadTrainer trainer(extractor, config);
    for (int round = 1; count < 0 || round <= count; ++round) {
        const dmad::DmadModel model = trainer.train(set);
        const int next = ModelRepository(*store).all().size() + 1;
        QString file = QDir(store->modelsDirectory()).filePath(QStringLiteral("model-v%1.dmad").arg(next));
        for (int n = 2; QFileInfo::exists(file); ++n) {
            file = QDir(store->modelsDirectory()).filePath(QStringLiteral("model-v%1-%2.dmad").arg(next).arg(n));
        }
        writeFileAtomically(file, [&model](const QString& temporary) { model.save(temporary.toStdString()); });
        const double score = dmad::Inspector(extractor, model).inspect(images.front().path.toStdString(), false).score;
        Transaction transaction(*store);
        ModelRepository models(*store);
        const ModelRecord record = models.add(file, QStringLiteral("{}"), QStringLiteral("{}"));
        ScoreRepository(*store).put(record.id, {{images.front().id, score}});
        models.activate(record.id);
        AuditLog(*store).append(QStringLiteral("harness"), QStringLiteral("train_model"), QStringLiteral("model:%1").arg(record.id),
                                                                      QStringLiteral("version %1").arg(record.version));
        transaction.commit();
        out() << "model committed version=" << record.version << " file=" << QFileInfo(file).fileName()
              << " score=" << hexScore(score) << Qt::endl;
    }
    return 0;
}

int check(const QString& dir, const QString& logFile, const QString& backbone) {
    QFile log(logFile);
    if (!log.open(QIODevice::ReadOnly)) return fail(logFile);
    int lastVersion = 0;
    QString lastFile;
    QString lastScore;
    while (!log.atEnd()) {
        const QString line = QString::fromUtf8(log.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("model committed "))) continue;
        for (const QString& field : line.split(QLatin1Char(' '))) {
            const QString value = field.section(QLatin1Char('='), 1);
            if (field.startsWith(QLatin1String("version="))) lastVersion = value.toInt();
            if (field.startsWith(QLatin1String("file="))) lastFile = value;
            if (field.startsWith(QLatin1String("score="))) lastScore = value;
        }
    }
    const auto store = ProjectStore::open(dir);
    QSqlQuery query(store->database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next() ||
                    query.value(0).toString() != QLatin1String("ok")) {
        return fail(QStringLiteral("integrity_check failed"));
    }
    const dmad::EngineConfig config = tinyConfig(backbone);
    dmad::configureRuntime(config.runtime);
    // Every model file under a final name is whole, and every row has its file.
    int loaded = 0;
    for (const QFileInfo& info :
         QDir(store->modelsDirectory()).entryInfoList({QStringLiteral("*.dmad")}, QDir::Files)) {
        try {
            dmad::DmadModel::load(info.absoluteFilePath().toStdString());
            ++loaded;
        } catch (const std::exception& e) {
            return fail(info.fileName() + QStringLiteral(" does not load: ") + QString::fromLocal8Bit(e.what()));
        }
    }
    const QVector<ModelRecord> models = ModelRepository(*store).all();
    if (!store->recovery().missingModelFiles.isEmpty()) return fail(store->recovery().summary());
    if (models.size() != loaded) return fail(QStringLiteral("%1 rows, %2 model files").arg(models.size()).arg(loaded));
    const auto active = ModelRepository(*store).active();
    if (lastVersion > 0) {
        if (!active || active->version < lastVersion)
            return fail(QStringLiteral("reported version %1 is not there").arg(lastVersion));
        const ModelRecord reported = models.at(lastVersion - 1);
        if (QFileInfo(reported.file).fileName() != lastFile)
            return fail(QStringLiteral("version %1 has another file").arg(lastVersion));
        const QString image = ImageRepository(*store).all().front().path;
        const QString again = hexScore(scoreOf(config, ModelRepository(*store).absoluteFile(reported), image));
        if (again != lastScore)
            return fail(QStringLiteral("version %1 scores %2, reported %3").arg(lastVersion).arg(again, lastScore));
    }
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (isTemporaryFileName(QFileInfo(it.next()).fileName()))
            return fail(it.filePath() + QStringLiteral(" left behind"));
    }
    out() << "check ok models=" << models.size() << " reported=" << lastVersion
          << " active=" << (active ? active->version : 0)
          << " quarantined=" << store->recovery().quarantinedFiles.size()
          << " tmpRemoved=" << store->recovery().removedTemporaryFiles.size() << Qt::endl;
    return 0;
}

int option(const QStringList& args, const QString& name, int fallback) {
    const int at = static_cast<int>(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3) return fail(QStringLiteral("usage: see the head of train_harness.cpp"));
    try {
        if (args.at(0) == QLatin1String("init") && args.size() > 3)
            return init(args.at(1), args.at(2), args.at(3).toInt());
        if (args.at(0) == QLatin1String("train") && args.size() > 3) {
            return train(args.at(1), args.at(2), args.at(3), option(args, QStringLiteral("--count"), -1));
        }
        if (args.at(0) == QLatin1String("check") && args.size() > 3) return check(args.at(1), args.at(2), args.at(3));
    } catch (const ProjectError& e) {
        return fail(e.message());
    } catch (const std::exception& e) {
        return fail(QString::fromLocal8Bit(e.what()));
    }
    return fail(QStringLiteral("unknown command ") + args.at(0));
}
