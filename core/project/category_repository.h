// Product categories of a project (bottle, tire, ...): each image belongs to exactly one.
#pragma once

#include "project/project_types.h"

#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

class CategoryRepository {
public:
    explicit CategoryRepository(ProjectStore& store) : m_store(store) {}

    // The id of the category with this name, created when absent.
    qint64 ensure(const QString& name);
    std::optional<Category> byName(const QString& name) const;
    QVector<Category> all() const;  // by name

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
