// Trained model versions of a project: file, settings and metrics as JSON, and which one is active.
#pragma once

#include "project/project_types.h"

#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

class ModelRepository {
public:
    explicit ModelRepository(ProjectStore& store) : m_store(store) {}

    // Records a new version (one more than the highest so far); the caller fills file and JSON. The
    // file's SHA-256 is kept; on a server its bytes too, so that every station can load the version.
    ModelRecord add(const QString& absoluteFile, const QString& settingsJson, const QString& metricsJson);
    void setMetrics(qint64 id, const QString& metricsJson);
    // Exactly one model is active afterwards.
    void activate(qint64 id);
    std::optional<ModelRecord> active() const;
    std::optional<ModelRecord> byId(qint64 id) const;
    QVector<ModelRecord> all() const;  // by version
    // The file to load. On a server this station's copy, fetched from the row when missing or changed;
    // throws ProjectError(Damaged) when the bytes do not match the checksum.
    QString absoluteFile(const ModelRecord& model) const;

private:
    QVector<ModelRecord> select(const QString& where, std::initializer_list<QVariant> values) const;

    ProjectStore& m_store;
};

}  // namespace dmad::project
