// AppSettings refuses invalid values with a reason, stores valid ones, and survives a corrupt file.
#include "settings_sandbox.h"
#include "ui/dialogs/app_settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>

using dmad::ui::AppSettings;
using dmad::ui::ComputeDevice;
using dmad::ui::UiLanguage;

class TestAppSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SettingsSandbox::clear(); }

    void defaultsWithoutAFile() {
        const AppSettings settings;
        QCOMPARE(settings.backbonePath(), AppSettings::defaultBackbonePath());
        QCOMPARE(settings.device(), ComputeDevice::Auto);
        QCOMPARE(settings.threads(), 0);
        QCOMPARE(settings.epochs(), 16);
        QCOMPARE(settings.patchesPerImage(), 64);
        QCOMPARE(settings.imageSize(), 256);
        QCOMPARE(settings.retrainEpochs(), 0);
        QCOMPARE(settings.imageThreshold(), 0.0);
        QVERIFY(settings.maskAutosave());
        QVERIFY(!settings.userName().trimmed().isEmpty());
        QCOMPARE(settings.language(), UiLanguage::System);
    }

    // No build folder is compiled in: the environment names the backbone and the shared data, the installed
    // backbone (<prefix>/share/dmad-studio, not there for a test program) is the last resort.
    void defaultsComeFromTheEnvironment() {
        const QByteArray backbone = qgetenv("DMAD_BACKBONE");
        const QByteArray shared = qgetenv("DMAD_SHARED_DIR");
        qputenv("DMAD_BACKBONE", "/srv/models/backbone.ts.pt");
        qputenv("DMAD_SHARED_DIR", "/srv/shared");
        QCOMPARE(AppSettings::defaultBackbonePath(), QStringLiteral("/srv/models/backbone.ts.pt"));
        QCOMPARE(AppSettings().backbonePath(), QStringLiteral("/srv/models/backbone.ts.pt"));
        QCOMPARE(AppSettings::defaultOutliersFolder(), QStringLiteral("/srv/shared/data/outliers"));
        QCOMPARE(AppSettings().outliersFolder(), QStringLiteral("/srv/shared/data/outliers"));
        qunsetenv("DMAD_BACKBONE");
        qunsetenv("DMAD_SHARED_DIR");
        QCOMPARE(AppSettings::defaultBackbonePath(), QString());
        QCOMPARE(AppSettings::defaultOutliersFolder(), QString());
        // A choice in the settings comes before the environment.
        const QString chosen = writeFile("chosen.pt", "not really torchscript");
        AppSettings accepting([](const QString&) { return QString(); });
        QCOMPARE(accepting.setBackbonePath(chosen), QString());
        qputenv("DMAD_BACKBONE", "/srv/models/backbone.ts.pt");
        QCOMPARE(AppSettings().backbonePath(), QFileInfo(chosen).absoluteFilePath());
        backbone.isNull() ? qunsetenv("DMAD_BACKBONE") : qputenv("DMAD_BACKBONE", backbone);
        shared.isNull() ? qunsetenv("DMAD_SHARED_DIR") : qputenv("DMAD_SHARED_DIR", shared);
    }

    void refusesOutOfRangeNumbers() {
        AppSettings settings;
        QVERIFY(settings.setEpochs(0).contains("between 1 and 200"));
        QVERIFY(!settings.setEpochs(201).isEmpty());
        QVERIFY(!settings.setThreads(-1).isEmpty());
        QVERIFY(!settings.setThreads(AppSettings::maxThreads() + 1).isEmpty());
        QVERIFY(!settings.setPatchesPerImage(-1).isEmpty());
        QVERIFY(settings.setPatchesPerImage(4097).contains("4096"));
        // Only the sizes a worker also offers: a station must not ask for a model no worker trains.
        QVERIFY(settings.setImageSize(288).contains("256 or 384"));
        QVERIFY(settings.setImageSize(320).contains("256 or 384"));  // the former fine size
        QVERIFY(!settings.setImageSize(0).isEmpty());
        QVERIFY(settings.setRetrainEpochs(-1).contains("from scratch"));
        QVERIFY(!settings.setRetrainEpochs(201).isEmpty());
        QVERIFY(!settings.setImageThreshold(std::numeric_limits<double>::quiet_NaN()).isEmpty());
        QVERIFY(!settings.setImageThreshold(std::numeric_limits<double>::infinity()).isEmpty());
        QVERIFY(!settings.setUserName("   ").isEmpty());
        // Nothing refused reached the file.
        for (const char* key : {"training/epochs", "engine/threads", "training/patchesPerImage", "training/imageSize",
                                "training/retrainEpochs", "review/imageThreshold", "user/name"})
            QVERIFY2(!SettingsSandbox::stored(key).isValid(), key);
    }

    void storesValidValues() {
        AppSettings settings;
        QCOMPARE(settings.setEpochs(200), QString());
        QCOMPARE(settings.setThreads(AppSettings::maxThreads()), QString());
        QCOMPARE(settings.setPatchesPerImage(4096), QString());
        QCOMPARE(settings.setImageSize(384), QString());
        QCOMPARE(settings.setRetrainEpochs(6), QString());
        QCOMPARE(settings.setImageThreshold(-1.25), QString());
        QCOMPARE(settings.setMaskAutosave(false), QString());
        QCOMPARE(settings.setUserName("  Mei Lin "), QString());
        QCOMPARE(settings.setLanguage(UiLanguage::ChineseSimplified), QString());
        QCOMPARE(settings.setDevice(ComputeDevice::Cpu), QString());

        QCOMPARE(SettingsSandbox::stored("training/epochs").toInt(), 200);
        QCOMPARE(SettingsSandbox::stored("user/name").toString(), QString("Mei Lin"));
        QCOMPARE(SettingsSandbox::stored("ui/language").toString(), QString("zh_CN"));
        QCOMPARE(SettingsSandbox::stored("engine/device").toString(), QString("cpu"));

        const AppSettings reread;
        QCOMPARE(reread.epochs(), 200);
        QCOMPARE(reread.threads(), AppSettings::maxThreads());
        QCOMPARE(reread.patchesPerImage(), 4096);
        QCOMPARE(reread.imageSize(), 384);
        QCOMPARE(reread.retrainEpochs(), 6);
        QCOMPARE(reread.imageThreshold(), -1.25);
        QVERIFY(!reread.maskAutosave());
        QCOMPARE(reread.userName(), QString("Mei Lin"));
        QCOMPARE(reread.language(), UiLanguage::ChineseSimplified);
        QCOMPARE(reread.device(), ComputeDevice::Cpu);
    }

    void corruptStoredValuesFallBackToDefaults() {
        SettingsSandbox::store("training/epochs", "many");
        SettingsSandbox::store("engine/threads", 100000);
        SettingsSandbox::store("engine/device", "tpu");
        SettingsSandbox::store("ui/language", "klingon");
        SettingsSandbox::store("review/imageThreshold", "nan");
        SettingsSandbox::store("training/imageSize", 1024);
        const AppSettings settings;
        QCOMPARE(settings.epochs(), 16);
        QCOMPARE(settings.threads(), 0);
        QCOMPARE(settings.device(), ComputeDevice::Auto);
        QCOMPARE(settings.language(), UiLanguage::System);
        QVERIFY(std::isfinite(settings.imageThreshold()));
        QCOMPARE(settings.imageSize(), 256);
    }

    // Earlier versions offered the fine detail at 320 pixels: a station set to it stays on fine.
    void theFormerFineSizeReadsAsFine() {
        SettingsSandbox::store("training/imageSize", 320);
        QCOMPARE(AppSettings().imageSize(), 384);
    }

    void refusesMissingOrUnreadableBackbone() {
        AppSettings settings;
        QVERIFY(settings.setBackbonePath("").contains("Choose"));
        QVERIFY(settings.setBackbonePath(m_sandbox.path() + "/absent.pt").contains("no file"));
        QVERIFY(settings.setBackbonePath(m_sandbox.path()).contains("folder"));
        const QString empty = m_sandbox.path() + "/empty.pt";
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(settings.setBackbonePath(empty).contains("empty"));
        QVERIFY(!SettingsSandbox::stored("engine/backbone").isValid());
    }

    void outliersFolderMustHoldAnImage() {
        AppSettings settings;
        QCOMPARE(settings.outliersFolder(), AppSettings::defaultOutliersFolder());
        QVERIFY(settings.setOutliersFolder("  ").contains("Choose"));
        QVERIFY(settings.setOutliersFolder(m_sandbox.path() + "/absent").contains("does not exist"));
        const QString file = m_sandbox.path() + "/texture.png";
        QImage texture(8, 8, QImage::Format_RGB32);
        texture.fill(Qt::gray);
        QVERIFY(QDir(m_sandbox.path()).mkpath("textures/empty"));
        QVERIFY(settings.setOutliersFolder(m_sandbox.path() + "/textures").contains("no image"));
        QVERIFY(texture.save(file));
        QVERIFY(settings.setOutliersFolder(file).contains("not a folder"));
        QVERIFY(!SettingsSandbox::stored("training/outliersFolder").isValid());

        QVERIFY(texture.save(m_sandbox.path() + "/textures/empty/deep.png"));  // found in a subfolder
        QCOMPARE(settings.setOutliersFolder(m_sandbox.path() + "/textures"), QString());
        QCOMPARE(AppSettings().outliersFolder(), QFileInfo(m_sandbox.path() + "/textures").absoluteFilePath());
    }

    void backboneGoesThroughTheValidatorOncePerFileVersion() {
        const QString path = writeFile("model.pt", "not really torchscript");
        std::atomic<int> calls{0};
        AppSettings refusing([&calls](const QString&) {
            ++calls;
            return QStringLiteral("forward() returned one map, expected two");
        });
        QCOMPARE(refusing.setBackbonePath(path), QString("forward() returned one map, expected two"));
        QVERIFY(!SettingsSandbox::stored("engine/backbone").isValid());

        AppSettings accepting([&calls](const QString&) {
            ++calls;
            return QString();
        });
        calls = 0;
        QCOMPARE(accepting.checkBackbone(path), QString());
        QCOMPARE(accepting.setBackbonePath(path), QString());
        QCOMPARE(calls.load(), 1);  // the setter reused the check's verdict
        QCOMPARE(accepting.backbonePath(), path);

        // A copy shares the verdicts (the dialog checks on a copy in a worker thread).
        const AppSettings copy = accepting;
        QCOMPARE(copy.checkBackbone(path), QString());
        QCOMPARE(calls.load(), 1);
    }

private:
    QString writeFile(const QString& name, const QByteArray& content) {
        const QString path = m_sandbox.path() + '/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(content);
        return path;
    }

    SettingsSandbox m_sandbox;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_app_settings.moc"
