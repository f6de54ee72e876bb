// `dmad` against hostile input: NaN backbones and models, oversized and truncated images, symlink loops,
// an output that is an input or cannot be written. Tiny TorchScript backbones are generated at test time.
#include "cli_process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <unistd.h>

namespace {

const QString kShared = QStringLiteral(DMAD_SHARED_DIR);
const QString kSource = kShared + "/data/piped_PA_BDP01_TL";
const QString kOutliers = kShared + "/data/outliers/skimage";

using Result = clitest::CliResult;

Result dmad(const QStringList& args, int timeoutMs = 120000) {
    QProcessEnvironment env = clitest::quietThreads();
    env.remove("DMAD_MAX_IMAGE_MEGAPIXELS");
    return clitest::runCli(QStringLiteral(DMAD_CLI_PATH), args, env, timeoutMs);
}

// Three 4+6-channel backbones at strides 8/16: plain, always NaN, NaN only for bright images.
const char* kBackboneScript = R"(
import sys, torch
class Tiny(torch.nn.Module):
    def __init__(self, mode: int):
        super().__init__()
        self.a = torch.nn.Conv2d(3, 4, 8, stride=8)
        self.b = torch.nn.Conv2d(4, 6, 2, stride=2)
        self.mode = mode
    def forward(self, x):
        f = self.a(x)
        if self.mode == 1 or (self.mode == 2 and bool(x.mean() > 2.0)):
            f = f * float("nan")
        return (f, self.b(f))
torch.manual_seed(0)
for mode, name in enumerate(sys.argv[1:4]):
    torch.jit.script(Tiny(mode)).save(name)
)";

bool copyFirst(const QString& from, const QString& to, int count) {
    if (!QDir().mkpath(to)) return false;
    const QStringList names = QDir(from).entryList(QDir::Files, QDir::Name);
    for (int i = 0; i < count && i < names.size(); ++i)
        if (!QFile::copy(from + "/" + names[i], to + "/" + names[i])) return false;
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A PNG with signature, IHDR and IEND only, whose header claims width x height.
QByteArray pngClaiming(quint32 width, quint32 height) {
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    auto be32 = [&](quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8) b.append(char((v >> shift) & 0xFF));
    };
    be32(13);
    b.append("IHDR");
    be32(width);
    be32(height);
    b.append("\x08\x02\x00\x00\x00", 5);
    be32(0);
    be32(0);
    b.append("IEND");
    b.append("\xAE\x42\x60\x82", 4);
    return b;
}

}  // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_category;
    QString m_plain, m_nanAlways, m_nanBright;
    bool m_backbones = false;

    QString path(const QString& name) const { return m_tmp.filePath(name); }
    QStringList train(const QString& backbone, const QString& output) const {
        return {"train",    "--data", m_category, "--outliers", kOutliers,   "--backbone", backbone,
                "--output", output,   "--epochs", "1",          "--threads", "1"};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_category = path("cat");
        QVERIFY(copyFirst(kSource + "/train/good", m_category + "/train/good", 4));
        QVERIFY(copyFirst(kSource + "/test/good", m_category + "/test/good", 1));
        QVERIFY(QDir().mkpath(m_category + "/test/impurity"));
        QVERIFY(QDir().mkpath(m_category + "/ground_truth/impurity"));
        QVERIFY(QFile::copy(kSource + "/test/impurity/PA_BDP01_TL_S_D_01_1.png",
                            m_category + "/test/impurity/PA_BDP01_TL_S_D_01_1.png"));
        QVERIFY(QFile::copy(kSource + "/ground_truth/impurity/PA_BDP01_TL_S_D_01_1_mask.png",
                            m_category + "/ground_truth/impurity/PA_BDP01_TL_S_D_01_1_mask.png"));
        m_plain = path("plain.pt");
        m_nanAlways = path("nan.pt");
        m_nanBright = path("nan-bright.pt");
        // torch.jit.script reads the class's source, so the script must be a file, not `python3 -c`.
        QVERIFY(writeFile(path("make_backbones.py"), kBackboneScript));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                                    {path("make_backbones.py"), m_plain, m_nanAlways, m_nanBright});
        m_backbones = python.waitForFinished(60000) && python.exitCode() == 0 && QFile::exists(m_nanBright);
        if (!m_backbones) QSKIP("/usr/bin/python3 with torch is needed to generate the tiny backbones");
    }

    void outputThatIsAnInputIsRefusedBeforeWork() {
        const QByteArray before = readFile(m_plain);
        Result r = dmad(train(m_plain, m_plain));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is also an input"), qPrintable(r.err));
        QVERIFY(!r.err.contains("training on"));
        QCOMPARE(readFile(m_plain), before);  // the backbone is untouched

        const QString image =
            m_category + "/train/good/" + QDir(m_category + "/train/good").entryList(QDir::Files).first();
        const QByteArray imageBefore = readFile(image);
        r = dmad(train(m_plain, image));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QFileInfo(image).fileName()), qPrintable(r.err));
        QCOMPARE(readFile(image), imageBefore);

        // The same file under another name (a symlink) is the same input.
        QVERIFY(QFile::link(m_plain, path("alias.pt")));
        QCOMPARE(dmad(train(m_plain, path("alias.pt"))).code, 1);
        QCOMPARE(readFile(m_plain), before);
    }

    void badOutputIsFoundBeforeTraining() {
        const QString missing = path("no/such/folder/model.dmad");
        Result r = dmad(train(m_plain, missing));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY2(!r.err.contains("training on"), qPrintable(r.err));
        r = dmad(train(m_plain, m_tmp.path()));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("is a folder"), qPrintable(r.err));
        r = dmad(train(m_plain, "/proc/dmad-model.dmad"));  // no file can be created there, not even by root
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("/proc/dmad-model.dmad"), qPrintable(r.err));
    }

    void nanBackboneStopsTraining() {
        const QString model = path("nan.dmad");
        const Result r = dmad(train(m_nanAlways, model));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("NaN"), qPrintable(r.err));
        QVERIFY(!r.out.contains("final loss"));
        QVERIFY(!QFile::exists(model));
    }

    // A model whose backbone gives NaN for bright images: such an image is an error named by file, never
    // a score under the threshold; the other images are still scored.
    void nanScoreIsAnErrorNeverOk() {
        const QString model = path("bright.dmad");
        const Result t = dmad(train(m_nanBright, model));
        QVERIFY2(t.code == 0, qPrintable(t.err));
        QByteArray white("P6\n64 64\n255\n");
        white.append(QByteArray(64 * 64 * 3, char(0xFF)));
        QVERIFY(writeFile(path("white.ppm"), white));
        const QString good = m_category + "/test/good";
        const Result s = dmad({"score", "--model", model, "--threshold", "0.5", good, path("white.ppm")});
        QCOMPARE(s.code, 2);
        QVERIFY2(s.err.contains("white.ppm") && s.err.contains("not a finite number"), qPrintable(s.err));
        QVERIFY2(!s.out.contains("white.ppm"), qPrintable(s.out));
        QCOMPARE(s.out.trimmed().split('\n').size(), 2);  // header + the good image
        QVERIFY(!s.out.contains("nan", Qt::CaseInsensitive));
    }

    // A checksummed model file with a NaN in a memory bank is refused at load.
    void modelWithNanIsRefusedAtLoad() {
        const QString model = path("bright.dmad");
        QByteArray bytes = readFile(model);
        QVERIFY(bytes.size() > 52);
        constexpr int kHeader = 8 + 4 + 8 + 32;  // magic, version, body size, sha256 of the body
        const int name = bytes.indexOf("bank.normal", kHeader);
        QVERIFY(name > 0);
        const int firstValue = name + int(std::strlen("bank.normal")) + 1 + 4 + 2 * 8;  // dtype, ndim, 2 dims
        const float nan = std::nanf("");
        std::memcpy(bytes.data() + firstValue, &nan, sizeof(nan));
        const QByteArray digest = QCryptographicHash::hash(bytes.mid(kHeader), QCryptographicHash::Sha256);
        bytes.replace(20, 32, digest);
        QVERIFY(writeFile(path("nan-bank.dmad"), bytes));
        const Result r = dmad({"score", "--model", path("nan-bank.dmad"), m_category + "/test/good"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bank.normal") && r.err.contains("NaN"), qPrintable(r.err));
    }

    // Folders are searched recursively; an oversized or truncated image and a symlink loop are named and
    // skipped, the others scored.
    void scoreSkipsBadFilesByNameAndGoesOn() {
        const QString model = path("plain.dmad");
        const Result t = dmad(train(m_plain, model));
        QVERIFY2(t.code == 0, qPrintable(t.err));
        const QString root = path("to-score");
        QVERIFY(copyFirst(kSource + "/test/good", root + "/a", 1));
        QVERIFY(copyFirst(kSource + "/test/impurity", root + "/a/b/c", 1));
        QVERIFY(writeFile(root + "/a/huge.png", pngClaiming(100000, 100000)));
        const QString source = root + "/a/" + QDir(root + "/a").entryList({"*.png"}, QDir::Files, QDir::Name).first();
        const QByteArray whole = readFile(source);
        QVERIFY(writeFile(root + "/a/b/truncated.png", whole.left(whole.size() / 2)));
        QVERIFY(QFile::link(root + "/loop.png", root + "/loop.png"));  // a link to itself: ELOOP

        const Result r = dmad({"score", "--model", model, "--threads", "1", root});
        QCOMPARE(r.code, 2);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);  // header + the two good images, one of them three folders deep
        QVERIFY2(r.err.contains("huge.png") && r.err.contains("100000 x 100000"), qPrintable(r.err));
        QVERIFY2(r.err.contains("truncated.png") && r.err.contains("truncated"), qPrintable(r.err));
        QVERIFY2(r.err.contains("warning") && r.err.contains("loop.png"), qPrintable(r.err));

        // The limit is an option: 128 x 128 is above 0.01 megapixels.
        const Result small = dmad({"score", "--model", model, "--max-megapixels", "0.01", source});
        QCOMPARE(small.code, 2);
        QVERIFY2(small.err.contains("limit of 0.01 megapixels"), qPrintable(small.err));
        QCOMPARE(dmad({"score", "--model", model, "--max-megapixels", "-3", source}).code, 1);
    }

    void symlinkLoopUnderDataIsSkippedWithWarning() {
        QVERIFY(QFile::link(m_category + "/train/good/loop.png", m_category + "/train/good/loop.png"));
        QVERIFY(QFile::link(m_category + "/test/spin", m_category + "/test/spin"));
        const Result t = dmad(train(m_plain, path("loop.dmad")));
        QVERIFY2(t.code == 0, qPrintable(t.err));
        QVERIFY2(t.err.contains("warning") && t.err.contains("loop.png"), qPrintable(t.err));
        const Result e =
            dmad({"evaluate", "--data", m_category, "--outliers", kOutliers, "--backbone", m_plain, "--output",
                  path("eval"), "--shots", "0", "--seeds", "0", "--epochs", "1", "--threads", "1", "--no-patchcore"});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QVERIFY2(e.err.contains("spin"), qPrintable(e.err));
        QFile::remove(m_category + "/train/good/loop.png");
        QFile::remove(m_category + "/test/spin");
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "test_cli_bad_input.moc"
