// The rows of a project database as plain values: images, categories, defect types, masks, models, users.
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace dmad::project {

enum class Split { Train, Test };
// Reviewed is kept apart from the label (ImageRecord::reviewed) so that a reviewed image keeps
// whether it is normal or defective.
enum class ImageStatus { Unlabelled, Normal, Defective };
// Each role may do what the one before it may: labellers label, supervisors also review, set
// thresholds and activate models, administrators also manage accounts.
enum class UserRole { Labeller, Supervisor, Administrator };

QString toText(Split split);
QString toText(ImageStatus status);
QString toText(UserRole role);
// Database spellings back to values; unknown text gives std::nullopt.
std::optional<Split> splitFromString(const QString& text);
std::optional<ImageStatus> statusFromString(const QString& text);
std::optional<UserRole> roleFromString(const QString& text);

struct Category {
    qint64 id = 0;
    QString name;
};

struct DefectType {
    qint64 id = 0;
    QString name;
    QString colour;  // "#rrggbb"
};

struct ImageRecord {
    qint64 id = 0;
    qint64 categoryId = 0;
    QString categoryName;
    QString path;  // absolute
    QString contentHash;
    int width = 0;
    int height = 0;
    Split split = Split::Train;
    ImageStatus status = ImageStatus::Unlabelled;
    bool reviewed = false;
    std::optional<qint64> defectTypeId;
    QString defectTypeName;  // empty when no defect type
    bool hasMask = false;
    int rowVersion = 1;  // raised by every change: a save that read an older version is a conflict

    QString fileName() const;
    // "folder/file.jpg": MVTec folders repeat file names (000.jpg in every defect folder), the folder
    // tells them apart. What the browser, the review queue and the status bar show.
    QString shortName() const;
};

struct MaskRecord {
    qint64 id = 0;
    qint64 imageId = 0;
    std::optional<qint64> defectTypeId;
    QString file;  // relative to the project folder when the project owns it, else absolute
    QString author;
    QDateTime created;
    QDateTime updated;
    int rowVersion = 1;  // raised by every save
};

struct ModelRecord {
    qint64 id = 0;
    int version = 0;
    QString file;  // relative to the project folder or absolute
    QDateTime created;
    QString settingsJson = QStringLiteral("{}");
    QString metricsJson = QStringLiteral("{}");
    bool active = false;
    QString checksum;  // SHA-256 (hex) of the model file; empty when the file was missing when recorded
};

struct UserRecord {
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Labeller;
    bool hasPassword = false;  // false for users of projects made before accounts had passwords
};

struct AuditEntry {
    qint64 id = 0;
    QString user;
    QString action;
    QString subject;
    QString details;
    QDateTime time;
    QString chainHash;  // SHA-256 (hex) over the previous entry's hash and this entry's fields
};

}  // namespace dmad::project
