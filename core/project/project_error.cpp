#include "project/project_error.h"

namespace dmad::project {

ProjectError::ProjectError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

}  // namespace dmad::project
