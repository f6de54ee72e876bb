#include "resources/app_icon.h"

#include <QFile>

namespace dmad {

QIcon applicationIcon() {
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString png = QStringLiteral(":/icons/dmad-studio-%1.png").arg(size);
        if (QFile::exists(png)) icon.addFile(png, QSize(size, size));
    }
    if (icon.isNull()) icon.addFile(QStringLiteral(":/icons/dmad-studio.svg"));
    return icon;
}

}  // namespace dmad
