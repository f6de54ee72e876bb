// The `dmad` command line as a user meets it: exit codes and messages for bad input, and train + score end to end.
#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kShared = QStringLiteral(DMAD_SHARED_DIR);
const QString kBackbone = kShared + "/models/mobilenet_v2_imagenet_features.ts.pt";
const QString kCategory = kShared + "/data/piped_PA_BDP01_TL";
const QString kOutliers = kShared + "/data/outliers/skimage";  // 3 textures: enough for a smoke run

using Result = clitest::CliResult;
using clitest::quietThreads;

Result dmad(const QStringList& args, const QProcessEnvironment& env = quietThreads(), int timeoutMs = 120000) {
    return clitest::runCli(QStringLiteral(DMAD_CLI_PATH), args, env, timeoutMs);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(kBackbone), "the shared backbone is needed");
        QVERIFY(m_tmp.isValid());
    }

    // dmad project backup / restore on a project a harness labelled; exit codes and the moved-aside project.
    void projectBackupAndRestore() {
#ifndef DMAD_PROJECT_HARNESS
        QSKIP("dmad_project_harness is not built");
#else
        const QString project = m_tmp.filePath("backup-me");
        QProcess harness;
        harness.start(QStringLiteral(DMAD_PROJECT_HARNESS), {"init", project, "3"});
        QVERIFY(harness.waitForFinished(60000) && harness.exitCode() == 0);
        harness.start(QStringLiteral(DMAD_PROJECT_HARNESS), {"write", project, "--masks", "--count", "6"});
        QVERIFY(harness.waitForFinished(60000) && harness.exitCode() == 0);

        const Result backup = dmad({"project", "backup", "--project", project, "--output", m_tmp.path()});
        QVERIFY2(backup.code == 0, qPrintable(backup.err));
        const QString folder = backup.out.section('\n', 0, 0).section(": ", 1);
        QVERIFY2(QFileInfo(folder + "/backup.json").isFile(), qPrintable(backup.out));
        QCOMPARE(dmad({"project", "backup", "--project", project, "--output", project + "/inside"}).code, 2);
        QCOMPARE(dmad({"project", "restore", "--backup", project, "--project", m_tmp.filePath("x")}).code, 2);
        QCOMPARE(dmad({"project", "backup"}).code, 1);

        const Result fresh = dmad({"project", "restore", "--backup", folder, "--project", m_tmp.filePath("restored")});
        QVERIFY2(fresh.code == 0, qPrintable(fresh.err));
        QVERIFY(QFileInfo(m_tmp.filePath("restored/project.sqlite")).isFile());
        const Result over = dmad({"project", "restore", "--backup", folder, "--project", project});
        QVERIFY2(over.code == 0, qPrintable(over.err));
        QVERIFY(over.out.contains("the project that was there is now: " + project + ".before-restore-"));
#endif
    }

    void versionAndHelp() {
        const Result v = dmad({"--version"});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("dmad ") && v.out.count('.') == 2);
        const Result h = dmad({"--help"});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains("evaluate"));
        for (const char* command : {"train", "score", "infer", "evaluate", "bench"}) {
            const Result c = dmad({command, "--help"});
            QCOMPARE(c.code, 0);
            QVERIFY2(c.out.contains("Exit codes: 0 ok, 1 usage error, 2 bad input"), command);
        }
    }

    void usageErrorsExitOne() {
        QCOMPARE(dmad({}).code, 1);
        const Result unknown = dmad({"frobnicate"});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
        const Result option = dmad({"train", "--colour", "red"});
        QCOMPARE(option.code, 1);
        QVERIFY(option.err.contains("unknown option --colour"));
        const Result noData = dmad({"train", "--output", "m.dmad"});
        QCOMPARE(noData.code, 1);
        QVERIFY(noData.err.contains("--data"));
        QCOMPARE(dmad({"evaluate", "--data", kCategory, "--output", m_tmp.path(), "--seeds", "one"}).code, 1);
        QCOMPARE(dmad({"score", "--model", "m.dmad"}).code, 1);  // no images
    }

    void missingDataFolderExitsTwo() {
        const Result r = dmad(
            {"train", "--data", "/nonexistent/widgets", "--output", m_tmp.filePath("m.dmad"), "--backbone", kBackbone});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("data folder not found: /nonexistent/widgets"), qPrintable(r.err));
    }

    // With no --backbone and no $DMAD_BACKBONE the program looks in <prefix>/share/dmad-studio beside its own
    // <prefix>/bin, as the installed /usr/bin/dmad finds /usr/share/dmad-studio: a copy of the program shows it.
    void defaultBackboneIsFoundBesideTheProgram() {
        const QString prefix = m_tmp.filePath("prefix");
        const QString program = prefix + "/bin/dmad";
        QVERIFY(QDir().mkpath(prefix + "/bin") && QDir().mkpath(prefix + "/share/dmad-studio/models"));
        QVERIFY(QFile::copy(QStringLiteral(DMAD_CLI_PATH), program));
        QVERIFY(QFile::setPermissions(program, QFile::permissions(program) | QFileDevice::ExeOwner));
        QProcessEnvironment env = quietThreads();
        env.remove("DMAD_BACKBONE");
        const QStringList train = {"train", "--data", "/nonexistent/widgets", "--output", m_tmp.filePath("m.dmad")};
        const QString installed = prefix + "/share/dmad-studio/models/mobilenet_v2_imagenet_features.ts.pt";

        const Result missing = clitest::runCli(program, train, env, 60000);
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains("no backbone found") && missing.err.contains(installed), qPrintable(missing.err));

        QVERIFY(QFile::link(kBackbone, installed));
        const Result found = clitest::runCli(program, train, env, 60000);
        QCOMPARE(found.code, 2);  // past the backbone, stopped by the data folder
        QVERIFY2(found.err.contains("data folder not found: /nonexistent/widgets"), qPrintable(found.err));
    }

    void benchWithMissingModelExitsTwo() {
        const Result r = dmad({"bench", "--backbone", kBackbone, "--model", "/nonexistent/trained.dmad"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("model file not found: /nonexistent/trained.dmad"), qPrintable(r.err));
    }

    // `bench --model` times a model with the features it was trained on, not the preset's: a model made with
    // the stride-4 map (152 dimensions) was refused as "expects 152-dimensional features" while the preset had
    // no map; now the preset takes it, and a model made without it must score with its own 128.
    void benchScoresAModelWithItsOwnFeatures() {
        const QString settings = m_tmp.filePath("plain.conf");
        QFile file(settings);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("features.strideFourMap = 0\n");
        file.close();
        const QString model = m_tmp.filePath("plain.dmad");
        const Result train = dmad({"train", "--data", kCategory, "--outliers", kOutliers, "--output", model,
                                   "--backbone", kBackbone, "--config", settings, "--epochs", "1", "--threads", "1"});
        QVERIFY2(train.code == 0, qPrintable(train.err));
        const Result bench =
            dmad({"bench", "--backbone", kBackbone, "--model", model, "--repeats", "1", "--train-images", "8",
                  "--train-epochs", "1", "--bank-sizes", "1000", "--threads", "1"});
        QVERIFY2(bench.code == 0, qPrintable(bench.err));
        QVERIFY2(bench.out.contains("End to end with " + model), qPrintable(bench.out));
    }

    void missingBackboneExitsTwo() {
        const Result r = dmad({"train", "--data", kCategory, "--outliers", kOutliers, "--output",
                               m_tmp.filePath("m.dmad"), "--backbone", "/nonexistent/backbone.ts.pt"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("/nonexistent/backbone.ts.pt"), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_tmp.filePath("m.dmad")));

        QProcessEnvironment env = quietThreads();
        env.insert("DMAD_BACKBONE", "/nonexistent/from-env.ts.pt");
        const Result fromEnv =
            dmad({"train", "--data", kCategory, "--outliers", kOutliers, "--output", m_tmp.filePath("m.dmad")}, env);
        QCOMPARE(fromEnv.code, 2);
        QVERIFY2(fromEnv.err.contains("/nonexistent/from-env.ts.pt"), qPrintable(fromEnv.err));
    }

    void corruptModelExitsTwo() {
        const QString model = m_tmp.filePath("corrupt.dmad");
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a model\n");
        f.close();
        const Result r = dmad({"score", "--model", model, kCategory + "/test/good"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("corrupt.dmad"), qPrintable(r.err));
        const Result missing = dmad({"score", "--model", m_tmp.filePath("none.dmad"), kCategory + "/test/good"});
        QCOMPARE(missing.code, 2);
    }

    // Train a tiny unsupervised model (one category, one epoch), then score two images and one
    // broken file: the good ones get scores and heatmaps, the broken one a message, exit code 2.
    void trainAndScoreEndToEnd() {
        const QString model = m_tmp.filePath("tiny.dmad");
        const Result train = dmad({"train", "--data", kCategory, "--outliers", kOutliers, "--output", model,
                                   "--backbone", kBackbone, "--epochs", "1", "--threads", "1"});
        QVERIFY2(train.code == 0, qPrintable(train.err));
        QVERIFY(QFile::exists(model));
        QVERIFY(train.out.contains("|M_n|"));

        const QString broken = m_tmp.filePath("broken.png");
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("not a png");
        b.close();
        const QString good = kCategory + "/test/good/" + QDir(kCategory + "/test/good").entryList(QDir::Files).first();
        const QString bad =
            kCategory + "/test/impurity/" + QDir(kCategory + "/test/impurity").entryList(QDir::Files).first();
        const QString heatmaps = m_tmp.filePath("heatmaps");
        const Result score =
            dmad({"score", "--model", model, "--output", heatmaps, "--tiff", "--threads", "1", good, broken, bad});
        QCOMPARE(score.code, 2);
        QVERIFY2(score.err.contains("broken.png"), qPrintable(score.err));
        const QStringList lines = score.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);  // header + two images
        QCOMPARE(lines[0], QString("path,score"));
        bool ok = false;
        lines[1].section(',', -1).toDouble(&ok);
        QVERIFY(ok);
        QCOMPARE(QDir(heatmaps).entryList({"*_heatmap.png"}, QDir::Files).size(), 2);
        QCOMPARE(QDir(heatmaps).entryList({"*_map.tiff"}, QDir::Files).size(), 2);

        // Two files of the same name from different folders (as MVTec has 000.png in every defect
        // folder) get two heatmaps, named after their folders, not one overwriting the other.
        const QString twinDir = m_tmp.filePath("twin");
        QVERIFY(QDir().mkpath(twinDir));
        const QString twin = twinDir + "/" + QFileInfo(good).fileName();
        QVERIFY(QFile::copy(good, twin));
        const QString twinMaps = m_tmp.filePath("twin-heatmaps");
        const Result twins = dmad({"score", "--model", model, "--output", twinMaps, "--threads", "1", good, twin});
        QCOMPARE(twins.code, 0);
        const QString stem = QFileInfo(good).completeBaseName();
        QCOMPARE(QDir(twinMaps).entryList({"*_heatmap.png"}, QDir::Files, QDir::Name),
                 QStringList({"good_" + stem + "_heatmap.png", "twin_" + stem + "_heatmap.png"}));

        // The model is tied to its backbone: another file as backbone is refused (2), not a crash.
        const Result mismatch = dmad({"score", "--model", model, "--backbone", broken, good});
        QCOMPARE(mismatch.code, 2);
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
