// A backbone made by packaging/export_backbone.py (ResNet-18, untrained) loads in the engine with the
// contract's channel counts and trains a small DMAD model: bring-your-own-backbone works end to end.
#include "engine/dmad_model.h"
#include "engine/dmad_trainer.h"
#include "engine/engine_error.h"
#include "engine/feature_extractor.h"
#include "engine/image_io.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// ResNet-18: layer2 and layer3.
constexpr int kChannels8 = 128;
constexpr int kChannels16 = 256;
constexpr int kImageSize = 128;  // small: the test proves the contract, not accuracy

QStringList firstFiles(const QString& folder, int count) {
    const QDir dir(folder);
    QStringList files = dir.entryList({"*.png", "*.jpg"}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString& name : files.mid(0, count)) paths << dir.filePath(name);
    return paths;
}

}  // namespace

class TestExportedBackbone : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_backbone = qEnvironmentVariable("DMAD_EXPORTED_BACKBONE");
        if (m_backbone.isEmpty() || !QFileInfo::exists(m_backbone))
            QSKIP("no exported backbone: the export fixture was skipped (no torchvision for /usr/bin/python3)");
        m_config.backbonePath = m_backbone.toStdString();
        m_config.runtime.device = dmad::DevicePreference::Cpu;
        m_config.runtime.threads = 2;
        m_config.features.imageSize = kImageSize;
        m_config.training.epochs = 2;
        m_config.training.patchesPerImage = 64;
        m_config.training.seed = 7;
        m_config.banks.normalCoresetRatio = 0.1;
        m_config.banks.pseudoCoresetRatio = 0.1;
    }

    void loadsWithTheContractsChannels() {
        const auto extractor = dmad::FeatureExtractor::open(m_config);
        const dmad::BackboneInfo& info = extractor->backbone();
        QCOMPARE(info.channelsStride8, kChannels8);
        QCOMPARE(info.channelsStride16, kChannels16);
        QCOMPARE(info.featureDim, kChannels8 + kChannels16);  // below maxFeatureDim: no reduction
        QCOMPARE(info.sha256.size(), size_t(64));

        const auto q = extractor->extractFile(normal(0).toStdString());
        QCOMPARE(q.gridHeight(), kImageSize / 8);
        QCOMPARE(q.gridWidth(), kImageSize / 8);
        QCOMPARE(q.dim(), info.featureDim);
    }

    void trainsAndScoresAModel() {
        const auto extractor = dmad::FeatureExtractor::open(m_config);
        dmad::TrainingSet set;
        for (const QString& path : firstFiles(dataDir("piped_PA_BDP01_TL/train/good"), 6))
            set.normals.push_back({path.toStdString(), "piped_PA_BDP01_TL"});
        for (const QString& path : firstFiles(dataDir("outliers/skimage"), 3))
            set.outliers.push_back(path.toStdString());
        QCOMPARE(int(set.normals.size()), 6);
        QVERIFY(!set.outliers.empty());

        dmad::DmadTrainer trainer(extractor, m_config);
        const dmad::DmadModel model = trainer.train(set);
        QVERIFY(!model.empty());
        QCOMPARE(model.info().backbone.channelsStride8, kChannels8);
        QCOMPARE(int(trainer.lastStats().epochLoss.size()), 2);
        QVERIFY(std::isfinite(trainer.lastStats().epochLoss.back()));

        // The saved model is bound to this backbone and scores with it after a reload.
        QTemporaryDir dir;
        const std::string file = dir.filePath("exported_backbone.dmad").toStdString();
        model.save(file);
        const dmad::DmadModel reloaded = dmad::DmadModel::load(file);
        reloaded.checkCompatible(*extractor);
        const auto defect = firstFiles(dataDir("piped_PA_BDP01_TL/test/impurity"), 1);
        QCOMPARE(defect.size(), 1);
        const dmad::ImageScore score = reloaded.score(extractor->extractFile(defect.first().toStdString()));
        QVERIFY(std::isfinite(score.score));
        QCOMPARE(score.patchScores.rows, kImageSize / 8);
    }

    void refusesABackboneThatBreaksTheContract() {
        // The contract matters: the shared MobileNetV2 passes, a file that is no module does not.
        QTemporaryDir dir;
        const QString bogus = dir.filePath("not_a_module.pt");
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK not a TorchScript archive");
        file.close();
        dmad::EngineConfig config = m_config;
        config.backbonePath = bogus.toStdString();
        try {
            dmad::FeatureExtractor::open(config);
            QFAIL("a file that is no TorchScript module was accepted");
        } catch (const dmad::EngineError& error) {
            QVERIFY(error.kind() == dmad::EngineError::Kind::BackboneContract ||
                    error.kind() == dmad::EngineError::Kind::BackboneMissing);
        }
    }

private:
    static QString dataDir(const QString& sub) { return QStringLiteral(DMAD_SHARED_DIR "/data/") + sub; }
    static QString normal(int index) {
        return firstFiles(dataDir("piped_PA_BDP01_TL/train/good"), index + 1).value(index);
    }

    QString m_backbone;
    dmad::EngineConfig m_config;
};

QTEST_GUILESS_MAIN(TestExportedBackbone)
#include "test_exported_backbone.moc"
