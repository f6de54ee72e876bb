// Defect types (crack, contamination, ...) with the colour the canvas paints them in; shared by all categories.
#pragma once

#include "project/project_types.h"

#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

class DefectTypeRepository {
public:
    explicit DefectTypeRepository(ProjectStore& store) : m_store(store) {}

    // The id of the defect type with this name, created when absent; an empty colour picks the
    // next one of a fixed palette so that types stay distinguishable.
    qint64 ensure(const QString& name, const QString& colour = {});
    void setColour(qint64 id, const QString& colour);
    std::optional<DefectType> byId(qint64 id) const;
    std::optional<DefectType> byName(const QString& name) const;
    QVector<DefectType> all() const;  // by name

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
