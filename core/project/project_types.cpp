#include "project/project_types.h"

#include <QDir>
#include <QFileInfo>

namespace dmad::project {

QString toText(Split split) {
    return split == Split::Train ? QStringLiteral("train") : QStringLiteral("test");
}

QString toText(ImageStatus status) {
    switch (status) {
    case ImageStatus::Unlabelled: return QStringLiteral("unlabelled");
    case ImageStatus::Normal: return QStringLiteral("normal");
    case ImageStatus::Defective: return QStringLiteral("defective");
    }
    return {};
}

QString toText(UserRole role) {
    switch (role) {
    case UserRole::Labeller: return QStringLiteral("labeller");
    case UserRole::Supervisor: return QStringLiteral("supervisor");
    case UserRole::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Split> splitFromString(const QString& text) {
    if (text == QLatin1String("train")) return Split::Train;
    if (text == QLatin1String("test")) return Split::Test;
    return std::nullopt;
}

std::optional<ImageStatus> statusFromString(const QString& text) {
    if (text == QLatin1String("unlabelled")) return ImageStatus::Unlabelled;
    if (text == QLatin1String("normal")) return ImageStatus::Normal;
    if (text == QLatin1String("defective")) return ImageStatus::Defective;
    return std::nullopt;
}

std::optional<UserRole> roleFromString(const QString& text) {
    if (text == QLatin1String("labeller")) return UserRole::Labeller;
    if (text == QLatin1String("supervisor")) return UserRole::Supervisor;
    if (text == QLatin1String("administrator")) return UserRole::Administrator;
    return std::nullopt;
}

QString ImageRecord::fileName() const {
    return QFileInfo(path).fileName();
}

QString ImageRecord::shortName() const {
    const QFileInfo file(path);
    return file.dir().dirName() + QLatin1Char('/') + file.fileName();
}

}  // namespace dmad::project
