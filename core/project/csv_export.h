// Export of a project's images, labels, masks and scores as one CSV table (RFC 4180 quoting, UTF-8).
#pragma once

#include <QString>
#include <optional>

namespace dmad::project {

class ProjectStore;

// One row per image; the score column holds the given model's score (default: the active model's),
// empty where there is none. Written atomically. Throws ProjectError(Io) when the file cannot be written.
void exportCsv(ProjectStore& store, const QString& file, std::optional<qint64> modelId = std::nullopt);

}  // namespace dmad::project
