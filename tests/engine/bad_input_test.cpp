// Hostile image files and a full disk: the pre-decoding check (size limit, truncation) and atomic writes (no torch).
#include "engine/atomic_file.h"
#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "imagefile/image_check.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <sys/resource.h>

using dmad::EngineError;

namespace {

std::vector<unsigned char> slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void spit(const std::string& path, const std::vector<unsigned char>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

void putBe32(std::vector<unsigned char>& b, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<unsigned char>(v >> shift));
}

// A structurally complete PNG (signature, IHDR, IEND) whose header claims width x height.
std::vector<unsigned char> pngClaiming(std::uint32_t width, std::uint32_t height) {
    std::vector<unsigned char> b = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    putBe32(b, 13);
    for (char c : std::string("IHDR")) b.push_back(static_cast<unsigned char>(c));
    putBe32(b, width);
    putBe32(b, height);
    for (unsigned char c : {8, 2, 0, 0, 0}) b.push_back(c);
    putBe32(b, 0);  // CRC: never looked at, the file is refused before any decoder sees it
    putBe32(b, 0);
    for (char c : std::string("IEND")) b.push_back(static_cast<unsigned char>(c));
    for (unsigned char c : {0xAE, 0x42, 0x60, 0x82}) b.push_back(c);
    return b;
}

// The message of the EngineError f throws, with its kind; "" when nothing is thrown.
template <typename F>
std::string errorOf(F&& f, EngineError::Kind* kind = nullptr) {
    try {
        f();
    } catch (const EngineError& e) {
        if (kind) *kind = e.kind();
        return e.what();
    }
    return {};
}

cv::Mat texture(int width, int height) {
    cv::Mat m(height, width, CV_8UC3);
    cv::randu(m, cv::Scalar::all(0), cv::Scalar::all(255));  // noise: compressed data fills most of the file
    return m;
}

}  // namespace

class BadInputTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

private Q_SLOTS:
    void init() { dmad::imagefile::setMaxPixels(0); }
    void cleanup() {
        dmad::imagefile::setMaxPixels(0);
        qunsetenv("DMAD_MAX_IMAGE_MEGAPIXELS");
    }

    void hugeHeaderIsRefusedBeforeDecoding() {
        spit(path("huge.png"), pngClaiming(100000, 100000));
        EngineError::Kind kind{};
        const std::string message = errorOf([&] { dmad::readImageRgb(path("huge.png")); }, &kind);
        QCOMPARE(kind, EngineError::Kind::ImageUnreadable);
        QVERIFY2(message.find("huge.png") != std::string::npos, message.c_str());
        QVERIFY2(message.find("100000 x 100000") != std::string::npos, message.c_str());
        QVERIFY2(message.find("limit of 100 megapixels") != std::string::npos, message.c_str());
        // A side beyond any decoder is refused whatever the pixel limit says.
        const auto wide = pngClaiming(1u << 21, 1);
        QCOMPARE(dmad::imagefile::checkImageBytes(wide.data(), wide.size(), std::int64_t(1) << 40).problem,
                 dmad::imagefile::Problem::TooLarge);
        QCOMPARE(dmad::imagefile::sizeFromHeader(wide.data(), 24)->width, std::int64_t(1) << 21);
    }

    void limitIsConfigurable() {
        QVERIFY(cv::imwrite(path("small.png"), texture(40, 30)));  // 1200 pixels
        QCOMPARE(dmad::imagefile::maxPixels(), dmad::imagefile::kDefaultMaxPixels);
        QCOMPARE(dmad::readImageRgb(path("small.png")).size(), cv::Size(40, 30));
        dmad::imagefile::setMaxPixels(1000);
        QVERIFY(errorOf([&] { dmad::readImageRgb(path("small.png")); }).find("above the limit") != std::string::npos);
        dmad::imagefile::setMaxPixels(0);
        qputenv("DMAD_MAX_IMAGE_MEGAPIXELS", "0.001");
        QCOMPARE(dmad::imagefile::maxPixels(), std::int64_t(1000));
        QVERIFY(!errorOf([&] { dmad::readImageRgb(path("small.png")); }).empty());
        qputenv("DMAD_MAX_IMAGE_MEGAPIXELS", "not a number");  // ignored: the default holds
        QCOMPARE(dmad::imagefile::maxPixels(), dmad::imagefile::kDefaultMaxPixels);
        QCOMPARE(dmad::readImageRgb(path("small.png")).size(), cv::Size(40, 30));
    }

    void truncatedFilesAreRefusedByName_data() {
        QTest::addColumn<QString>("extension");
        for (const char* e : {".png", ".jpg", ".bmp", ".tiff", ".webp", ".ppm", ".pgm"}) QTest::newRow(e) << e;
    }
    void truncatedFilesAreRefusedByName() {
        QFETCH(QString, extension);
        const std::string name = "whole" + extension.toStdString();
        cv::Mat image = texture(64, 48);
        if (extension == ".pgm") cv::cvtColor(image, image, cv::COLOR_BGR2GRAY);
        QVERIFY(cv::imwrite(path(name), image));
        QCOMPARE(dmad::readImageRgb(path(name)).size(), cv::Size(64, 48));  // intact: no false alarm
        const std::vector<unsigned char> whole = slurp(path(name));
        for (const double share : {0.5, 0.9}) {
            const std::string cut = "cut" + std::to_string(int(share * 100)) + extension.toStdString();
            spit(path(cut),
                 std::vector<unsigned char>(whole.begin(), whole.begin() + std::ptrdiff_t(whole.size() * share)));
            EngineError::Kind kind{};
            const std::string message = errorOf([&] { dmad::readImageRgb(path(cut)); }, &kind);
            QVERIFY2(!message.empty(), cut.c_str());
            QCOMPARE(kind, EngineError::Kind::ImageUnreadable);
            QVERIFY2(message.find(cut) != std::string::npos, message.c_str());
        }
    }

    void truncatedJpegNamesTheReason() {
        QVERIFY(cv::imwrite(path("photo.jpg"), texture(80, 60)));
        std::vector<unsigned char> bytes = slurp(path("photo.jpg"));
        bytes.resize(bytes.size() - 2);  // only the end-of-image marker is missing
        spit(path("photo-cut.jpg"), bytes);
        const std::string message = errorOf([&] { dmad::readImageRgb(path("photo-cut.jpg")); });
        QVERIFY2(message.find("truncated") != std::string::npos, message.c_str());
        QVERIFY2(message.find("photo-cut.jpg") != std::string::npos, message.c_str());
        // Data after the end marker (some cameras append it) is no truncation.
        bytes = slurp(path("photo.jpg"));
        bytes.insert(bytes.end(), 100, 0);
        spit(path("photo-padded.jpg"), bytes);
        QCOMPARE(dmad::readImageRgb(path("photo-padded.jpg")).size(), cv::Size(80, 60));
    }

    void masksPassTheSameCheck() {
        cv::Mat mask(30, 40, CV_8U, cv::Scalar(0));
        cv::rectangle(mask, cv::Rect(5, 5, 10, 10), cv::Scalar(255), cv::FILLED);
        QVERIFY(cv::imwrite(path("mask.png"), mask));
        const std::vector<unsigned char> whole = slurp(path("mask.png"));
        QCOMPARE(cv::countNonZero(dmad::decodeMask(whole, "mask.png")), 100);
        const std::vector<unsigned char> cut(whole.begin(), whole.end() - 12);  // IEND gone
        const std::string message = errorOf([&] { dmad::decodeMask(cut, "cut-mask.png"); });
        QVERIFY2(message.find("mask 'cut-mask.png'") != std::string::npos, message.c_str());
        const auto huge = pngClaiming(50000, 50000);
        QVERIFY(errorOf([&] { dmad::decodeMask(huge, "huge-mask.png"); }).find("megapixels") != std::string::npos);
    }

    void unknownFormatsAndGarbageNeverCrash() {
        std::mt19937 rng(7);
        QVERIFY(cv::imwrite(path("seed.png"), texture(16, 16)));
        QVERIFY(cv::imwrite(path("seed.jpg"), texture(16, 16)));
        QVERIFY(cv::imwrite(path("seed.tiff"), texture(16, 16)));
        for (const char* seed : {"seed.png", "seed.jpg", "seed.tiff"}) {
            const std::vector<unsigned char> whole = slurp(path(seed));
            for (int i = 0; i < 300; ++i) {
                std::vector<unsigned char> bytes = whole;
                for (int flips = 0; flips < 4; ++flips) bytes[rng() % bytes.size()] = static_cast<unsigned char>(rng());
                bytes.resize(rng() % (bytes.size() + 1));
                try {
                    dmad::decodeImageRgb(bytes, seed);
                } catch (const EngineError& e) {
                    QCOMPARE(e.kind(), EngineError::Kind::ImageUnreadable);
                }
            }
        }
        QVERIFY(errorOf([] {
                    dmad::decodeImageRgb({'G', 'I', 'F', '8'}, "anim.gif");
                }).find("not a PNG") != std::string::npos);
        QVERIFY(!errorOf([&] { dmad::readImageRgb(m_dir.path().toStdString()); }).empty());  // a folder
    }

    void atomicWriteReplacesWholeOrNothing() {
        const std::string target = path("heatmap.png");
        dmad::writeImageRgb(target, texture(32, 32));
        const std::vector<unsigned char> before = slurp(target);
        QVERIFY(!before.empty());

        // A full disk, as the kernel reports it: writes past RLIMIT_FSIZE fail with EFBIG.
        rlimit old{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        auto* previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        EngineError::Kind kind{};
        const std::string message = errorOf([&] { dmad::writeImageRgb(target, texture(512, 512)); }, &kind);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QCOMPARE(kind, EngineError::Kind::Io);
        QVERIFY2(message.find("heatmap.png") != std::string::npos, message.c_str());
        QVERIFY(slurp(target) == before);  // the old file is intact, not truncated
        QCOMPARE(QDir(m_dir.path()).entryList({"*.tmp"}, QDir::Files).size(), 0);

        // Missing folder and a name that is a folder: refused with the path, nothing created.
        const std::string missing = path("no/such/folder/map.tiff");
        QVERIFY(errorOf([&] {
                    dmad::writeImageAtomically(missing, cv::Mat(4, 4, CV_32F, cv::Scalar(1)));
                }).find(missing) != std::string::npos);
        QVERIFY(errorOf([&] { dmad::requireWritableFile(missing); }).find("does not exist") != std::string::npos);
        QVERIFY(errorOf([&] { dmad::requireWritableFile(m_dir.path().toStdString()); }).find("is a folder") !=
                std::string::npos);
        QVERIFY(!errorOf([] { dmad::requireWritableFile("/proc/dmad-cannot-write-here.dmad"); }).empty());
        QVERIFY(errorOf([&] { dmad::requireWritableFile(path("fine.dmad")); }).empty());
        QVERIFY(!QFile::exists(QString::fromStdString(path("fine.dmad"))));
        QCOMPARE(QDir(m_dir.path()).entryList({"*.tmp"}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "bad_input_test.moc"
