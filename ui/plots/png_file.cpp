#include "ui/plots/png_file.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QSaveFile>

namespace dmad::ui {
namespace {

// The message keeps the plot's translation context, where the catalogues already hold it.
QString cannotWrite(const QString& path, const QString& reason) {
    return QCoreApplication::translate("dmad::ui::SavablePlot", "Cannot write %1: %2").arg(path, reason);
}

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

}  // namespace

bool writePngAtomically(const QImage& image, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(error, cannotWrite(path, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(error, cannotWrite(path, writer.errorString()));
    }
    if (!file.commit()) return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

}  // namespace dmad::ui
