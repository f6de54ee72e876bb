// The project database's schema as an ordered list of migrations, one per PRAGMA user_version step.
#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace dmad::project {

// Written to PRAGMA application_id so that a project database is told apart from any other SQLite file.
constexpr int kApplicationId = 0x444D4144;  // "DMAD"

struct Migration {
    int version;  // user_version after this migration ran
    QStringList statements;
    // Runs after the statements, in the same transaction, for what SQL alone cannot compute.
    void (*code)(const QSqlDatabase& db) = nullptr;
};

// Ordered by version, starting at 1, without gaps. Append; never edit a released migration.
const std::vector<Migration>& schemaMigrations();

}  // namespace dmad::project
