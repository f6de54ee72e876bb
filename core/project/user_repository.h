// The people who work on a project and their role: labellers paint and label, supervisors review.
#pragma once

#include "project/project_types.h"

#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

class UserRepository {
public:
    explicit UserRepository(ProjectStore& store) : m_store(store) {}

    // The user with this name; created with the given role when absent (an existing role is kept).
    UserRecord ensure(const QString& name, UserRole role = UserRole::Labeller);
    void setRole(qint64 id, UserRole role);
    std::optional<UserRecord> byName(const QString& name) const;
    QVector<UserRecord> all() const;  // by name

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
