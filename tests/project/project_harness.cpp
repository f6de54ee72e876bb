// A program that works on a project the way DMAD Studio does, for the crash tests: it is killed with SIGKILL
// while it writes, and reports on stdout every change only after it committed. Not a test itself.
//
//   dmad_project_harness init DIR IMAGES           a project with IMAGES synthetic 32x24 images inside it
//   dmad_project_harness write DIR [--masks] [--count N] [--reopen]
//        labels (and with --masks paints) images in a loop; after each commit prints
//        "saved SEQ image=ID status=S audit=A [mask=SHA1]"; --reopen opens a second store after each
//        commit, as the review queue's refreshes do
//   dmad_project_harness read DIR [--count N]      opens, counts audit rows, closes, again
//   dmad_project_harness check DIR LOG             after a kill: every change LOG reports is there
//   dmad_project_harness demo DIR DATA             builds the demo project; prints "demo done IMAGES"
//   dmad_project_harness check-demo DIR DATA [N]   after a kill: DIR is absent or a complete project (N images;
//                                                  without N a reference import counts them)
//   dmad_project_harness mode DIR                  prints "read-only" or "read-write" (open, then a write try)
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/defect_type_repository.h"
#include "project/demo_project.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/user_repository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <cstdio>
#include <map>

using namespace dmad::project;

namespace {

const QString kUser = QStringLiteral("harness");

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& message) {
    QTextStream(stderr) << "FAIL " << message << Qt::endl;
    return 1;
}

QByteArray png(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString sha1(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

int option(const QStringList& args, const QString& name, int fallback) {
    const int at = static_cast<int>(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

int init(const QString& dir, int count) {
    const auto store = ProjectStore::create(dir);
    const QString images = QDir(QDir(dir).absolutePath()).filePath(QStringLiteral("images"));
    QDir().mkpath(images);
    const qint64 category = CategoryRepository(*store).ensure(QStringLiteral("synthetic"));
    DefectTypeRepository(*store).ensure(QStringLiteral("scratch"));
    UserRepository(*store).ensure(kUser);
    for (int i = 0; i < count; ++i) {
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 120, 200));
        const QString file = QDir(images).filePath(QStringLiteral("img%1.png").arg(i, 3, 10, QLatin1Char('0')));
        const QByteArray bytes = png(image);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return fail(file);
        f.close();
        ImageRepository(*store).add({category, file, sha1(bytes), 32, 24, i % 4 == 3 ? Split::Test : Split::Train,
                                     ImageStatus::Unlabelled, std::nullopt});
    }
    out() << "init done " << count << Qt::endl;
    return 0;
}

QVector<qint64> imageIds(ProjectStore& store) {
    QVector<qint64> ids;
    for (const ImageRecord& image : ImageRepository(store).all()) ids << image.id;
    return ids;
}

qint64 lastAuditId(ProjectStore& store) {
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT max(id) FROM audit_log"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

int write(const QString& dir, const QStringList& args) {
    const bool masks = args.contains(QStringLiteral("--masks"));
    const bool reopen = args.contains(QStringLiteral("--reopen"));
    const int count = option(args, QStringLiteral("--count"), -1);
    const auto store = ProjectStore::open(dir);
    const QVector<qint64> ids = imageIds(*store);
    if (ids.isEmpty()) return fail(QStringLiteral("no images"));
    const qint64 scratch = DefectTypeRepository(*store).ensure(QStringLiteral("scratch"));
    Labelling labelling(*store, kUser);
    QRandomGenerator random(QRandomGenerator::global()->generate());
    for (int seq = 1; count < 0 || seq <= count; ++seq) {
        const qint64 id = ids.at(static_cast<int>(random.bounded(static_cast<quint32>(ids.size()))));
        const int action = static_cast<int>(random.bounded(masks ? 3u : 2u));
        QString line;
        if (action == 0) {
            labelling.markNormal(id);
            line = QStringLiteral("status=normal");
        } else if (action == 1) {
            labelling.markDefective(id, scratch);
            line = QStringLiteral("status=defective");
        } else {
            QImage mask(32, 24, QImage::Format_Grayscale8);
            mask.fill(0);
            for (int p = 0; p < 20; ++p)
                mask.setPixel(random.bounded(32), random.bounded(24), static_cast<uint>(scratch));
            const QByteArray bytes = png(mask);
            labelling.saveMask(id, bytes, scratch);
            line = QStringLiteral("status=defective mask=") + sha1(bytes);
        }
        out() << "saved " << seq << " image=" << id << ' ' << line << " audit=" << lastAuditId(*store) << Qt::endl;
        if (reopen) {
            // What readProjectAsync() does on every refresh, while this store keeps its connection.
            const auto second = ProjectStore::open(dir);
            AuditLog(*second).count();
        }
    }
    return 0;
}

int read(const QString& dir, const QStringList& args) {
    const int count = option(args, QStringLiteral("--count"), -1);
    for (int i = 0; count < 0 || i < count; ++i) {
        const auto store = ProjectStore::open(dir);
        out() << "audit " << AuditLog(*store).count() << Qt::endl;
    }
    return 0;
}

QString integrity(ProjectStore& store) {
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) return QStringLiteral("failed");
    return query.value(0).toString();
}

struct Reported {
    QString status;
    qint64 audit = 0;
    QString mask;
};

// Every change the writer reported is in the database; a change it committed but could not report any
// more (killed in between) may come after it, and is recognised by a newer audit row for the image.
int check(const QString& dir, const QString& logFile) {
    QFile log(logFile);
    if (!log.open(QIODevice::ReadOnly)) return fail(logFile);
    std::map<qint64, Reported> last;
    qint64 maxAudit = 0;
    int reported = 0;
    QVector<qint64> auditIds;
    while (!log.atEnd()) {
        const QString line = QString::fromUtf8(log.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("saved "))) continue;
        Reported r;
        qint64 image = 0;
        for (const QString& field : line.split(QLatin1Char(' '))) {
            const QString value = field.section(QLatin1Char('='), 1);
            if (field.startsWith(QLatin1String("image="))) image = value.toLongLong();
            if (field.startsWith(QLatin1String("status="))) r.status = value;
            if (field.startsWith(QLatin1String("audit="))) r.audit = value.toLongLong();
            if (field.startsWith(QLatin1String("mask="))) r.mask = value;
        }
        last[image] = r;
        auditIds << r.audit;
        maxAudit = std::max(maxAudit, r.audit);
        ++reported;
    }
    const auto store = ProjectStore::open(dir);
    const QString ok = integrity(*store);
    if (ok != QLatin1String("ok")) return fail(QStringLiteral("integrity_check: ") + ok);
    QSqlQuery query(store->database());
    for (const qint64 id : auditIds) {
        query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE id = %1").arg(id));
        if (!query.next() || query.value(0).toInt() != 1) return fail(QStringLiteral("audit row %1 is gone").arg(id));
    }
    int unreported = 0;
    for (const auto& [image, r] : last) {
        query.exec(QStringLiteral("SELECT max(id) FROM audit_log WHERE subject = 'image:%1'").arg(image));
        const qint64 newest = query.next() ? query.value(0).toLongLong() : 0;
        if (newest > r.audit) {
            ++unreported;  // committed after the last report: the kill came before its line was printed
            continue;
        }
        const std::optional<ImageRecord> record = ImageRepository(*store).byId(image);
        if (!record || toText(record->status) != r.status) {
            return fail(QStringLiteral("image %1 is %2, reported %3") .arg(image).arg(
                record ? toText(record->status) : QStringLiteral("gone"), r.status));
        }
        if (r.mask.isEmpty()) continue;
        const std::optional<MaskRecord> mask = MaskRepository(*store).forImage(image);
        QFile file(mask ? MaskRepository(*store).absoluteFile(*mask) : QString());
        if (!file.open(QIODevice::ReadOnly)) return fail(QStringLiteral("mask of image %1 is gone").arg(image));
        if (sha1(file.readAll()) != r.mask) return fail(QStringLiteral("mask of image %1 differs").arg(image));
    }
    if (unreported > 1) return fail(QStringLiteral("%1 images changed after their last report").arg(unreported));
    // No half-written file under a final name: every mask decodes; no temporary file is left.
    int masks = 0;
    for (const QFileInfo& info : QDir(store->masksDirectory()).entryInfoList({QStringLiteral("*.png")}, QDir::Files)) {
        if (QImage(info.absoluteFilePath()).isNull())
            return fail(info.absoluteFilePath() + QStringLiteral(" is broken"));
        ++masks;
    }
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().contains(QLatin1String(".dmad-tmp-")))
            return fail(it.filePath() + QStringLiteral(" left behind"));
    }
    out() << "check ok reported=" << reported << " audit=" << AuditLog(*store).count() << " masks=" << masks
          << " unreported=" << unreported << " quarantined=" << store->recovery().quarantinedFiles.size()
          << " tmpRemoved=" << store->recovery().removedTemporaryFiles.size() << Qt::endl;
    return 0;
}

int demo(const QString& dir, const QString& data) {
    const ImportReport report = createDemoProject(dir, data);
    out() << "demo done " << report.imagesAdded << Qt::endl;
    return 0;
}

int checkDemo(const QString& dir, const QString& data, int expectedImages) {
    if (!QFileInfo::exists(dir)) {
        out() << "check ok demo absent" << Qt::endl;
        return 0;
    }
    const auto store = ProjectStore::open(dir);
    const QString ok = integrity(*store);
    if (ok != QLatin1String("ok")) return fail(QStringLiteral("integrity_check: ") + ok);
    const int images = ImageRepository(*store).count();
    // The reference: the same import into a scratch folder, untouched by any kill.
    int expected = expectedImages;
    if (expected <= 0) {
        const QString reference = dir + QStringLiteral(".reference");
        QDir(reference).removeRecursively();
        expected = createDemoProject(reference, data).imagesAdded;
        QDir(reference).removeRecursively();
    }
    if (images != expected) return fail(QStringLiteral("demo project has %1 of %2 images").arg(images).arg(expected));
    out() << "check ok demo complete images=" << images << Qt::endl;
    return 0;
}

int mode(const QString& dir) {
    const auto store = ProjectStore::open(dir);
    try {
        Labelling(*store, kUser).markNormal(imageIds(*store).value(0, 1));
    } catch (const ProjectError& error) {
        out() << (store->isReadOnly() ? "read-only" : "read-write") << " refused: " << error.message() << Qt::endl;
        return 0;
    }
    out() << (store->isReadOnly() ? "read-only" : "read-write") << " wrote" << Qt::endl;
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) return fail(QStringLiteral("usage: see the head of project_harness.cpp"));
    const QString command = args.at(0);
    const QString dir = args.at(1);
    try {
        if (command == QLatin1String("init")) return init(dir, args.value(2, QStringLiteral("8")).toInt());
        if (command == QLatin1String("write")) return write(dir, args);
        if (command == QLatin1String("read")) return read(dir, args);
        if (command == QLatin1String("check") && args.size() > 2) return check(dir, args.at(2));
        if (command == QLatin1String("demo") && args.size() > 2) return demo(dir, args.at(2));
        if (command == QLatin1String("check-demo") && args.size() > 2)
            return checkDemo(dir, args.at(2), args.value(3).toInt());
        if (command == QLatin1String("mode")) return mode(dir);
    } catch (const ProjectError& error) {
        return fail(error.message());
    }
    return fail(QStringLiteral("unknown command ") + command);
}
