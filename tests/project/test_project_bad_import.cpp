// Import of hostile files: oversized headers, truncated images and names that are not UTF-8 are listed by name.
#include "project/folder_import.h"
#include "project/image_header.h"
#include "project/image_repository.h"
#include "project/project_store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <unistd.h>

using namespace dmad::project;

namespace {

QByteArray encoded(const QImage& image, const char* format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Signature, IHDR and IEND only: a header claiming width x height.
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

QString problemAbout(const QStringList& problems, const QString& name) {
    for (const QString& p : problems)
        if (p.contains(name)) return p;
    return {};
}

}  // namespace

class TestProjectBadImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileFilesAreListedNeverDroppedOrImported() {
        QTemporaryDir source;
        QImage image(40, 30, QImage::Format_RGB32);
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 40; ++x) image.setPixel(x, y, qRgb(x * 6, y * 8, (x * y) % 256));
        const QByteArray png = encoded(image, "PNG");
        const QByteArray jpeg = encoded(image, "JPG");
        QVERIFY(writeFile(source.filePath("good.png"), png));
        QVERIFY(writeFile(source.filePath("good.jpg"), jpeg));
        QVERIFY(writeFile(source.filePath("huge.png"), pngClaiming(100000, 100000)));
        QVERIFY(writeFile(source.filePath("cut.jpg"), jpeg.left(jpeg.size() * 2 / 3)));
        QVERIFY(writeFile(source.filePath("cut.png"), png.left(png.size() - 12)));
        // A valid PNG whose name holds the byte 0xFF (Latin-1 "ÿ" written by an old tool): not UTF-8.
        const QByteArray rawName = QFile::encodeName(source.path()) + "/line\xff"
                                                                      "3.png";
        const int fd = ::open(rawName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, png.constData(), size_t(png.size())), ssize_t(png.size()));
        ::close(fd);

        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        const ImportReport report = importImageFolder(*store, source.path());
        QCOMPARE(report.imagesAdded, 2);
        QCOMPARE(ImageRepository(*store).count(), 2);
        QCOMPARE(report.problems.size(), 4);
        const QString huge = problemAbout(report.problems, "huge.png");
        QVERIFY2(huge.contains("100000 x 100000") && huge.contains("100 megapixels"), qPrintable(huge));
        QVERIFY2(problemAbout(report.problems, "cut.jpg").contains("truncated"),
                 qPrintable(report.problems.join('\n')));
        QVERIFY2(problemAbout(report.problems, "cut.png").contains("truncated"),
                 qPrintable(report.problems.join('\n')));
        const QString latin = problemAbout(report.problems, "line");
        QVERIFY2(latin.contains("not valid UTF-8"), qPrintable(report.problems.join('\n')));
        ::unlink(rawName.constData());  // QTemporaryDir cannot name it either
    }

    void checkAgreesWithTheHeaderReader() {
        QTemporaryDir source;
        QImage image(17, 11, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        for (const char* format : {"PNG", "JPG", "BMP"}) {  // Qt's TIFF writer is a plugin that may be absent
            const QString file = source.filePath(QStringLiteral("x.") + QString::fromLatin1(format).toLower());
            QVERIFY(writeFile(file, encoded(image, format)));
            const ImageFileCheck check = checkImageFile(file);
            QVERIFY2(check.problem == ImageFileCheck::Problem::None, format);
            QCOMPARE(check.size, std::optional<QSize>(QSize(17, 11)));
            QCOMPARE(readImageSize(file), check.size);
        }
        QCOMPARE(checkImageFile(source.filePath("absent.png")).problem, ImageFileCheck::Problem::Unreadable);
        QVERIFY(writeFile(source.filePath("text.png"), "hello"));
        QCOMPARE(checkImageFile(source.filePath("text.png")).problem, ImageFileCheck::Problem::NotAnImage);
    }
};

QTEST_GUILESS_MAIN(TestProjectBadImport)
#include "test_project_bad_import.moc"
