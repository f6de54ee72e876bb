#include "project/schema.h"

namespace dmad::project {

namespace {

Migration initialSchema() {
    return {1, {
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
        QStringLiteral(
            "CREATE TABLE categories ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE defect_types ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " colour TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE images ("
            " id INTEGER PRIMARY KEY,"
            " category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE RESTRICT,"
            " path TEXT NOT NULL UNIQUE,"
            " content_hash TEXT NOT NULL,"
            " width INTEGER NOT NULL CHECK (width > 0),"
            " height INTEGER NOT NULL CHECK (height > 0),"
            " split TEXT NOT NULL CHECK (split IN ('train', 'test')),"
            " status TEXT NOT NULL DEFAULT 'unlabelled'"
            "   CHECK (status IN ('unlabelled', 'normal', 'defective')),"
            " reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),"
            " defect_type_id INTEGER REFERENCES defect_types(id) ON DELETE SET NULL,"
            " imported_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX images_by_category ON images(category_id)"),
        QStringLiteral("CREATE INDEX images_by_hash ON images(content_hash)"),
        QStringLiteral(
            "CREATE TABLE masks ("
            " id INTEGER PRIMARY KEY,"
            " image_id INTEGER NOT NULL UNIQUE REFERENCES images(id) ON DELETE CASCADE,"
            " defect_type_id INTEGER REFERENCES defect_types(id) ON DELETE SET NULL,"
            " file TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE models ("
            " id INTEGER PRIMARY KEY,"
            " version INTEGER NOT NULL UNIQUE,"
            " file TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " settings_json TEXT NOT NULL DEFAULT '{}',"
            " metrics_json TEXT NOT NULL DEFAULT '{}',"
            " active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)))"),
        // At most one active model.
        QStringLiteral("CREATE UNIQUE INDEX models_one_active ON models(active) WHERE active = 1"),
        QStringLiteral(
            "CREATE TABLE scores ("
            " model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
            " image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,"
            " image_score REAL NOT NULL,"
            " scored_at TEXT NOT NULL,"
            " PRIMARY KEY (model_id, image_id))"),
        QStringLiteral("CREATE INDEX scores_by_image ON scores(image_id)"),
        QStringLiteral(
            "CREATE TABLE category_thresholds ("
            " category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,"
            " model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
            " threshold REAL NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " PRIMARY KEY (category_id, model_id))"),
        QStringLiteral(
            "CREATE TABLE users ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " role TEXT NOT NULL CHECK (role IN ('labeller', 'supervisor')),"
            " created_at TEXT NOT NULL)"),
        // User names are copied, not referenced: the log must outlive renamed or removed users.
        QStringLiteral(
            "CREATE TABLE audit_log ("
            " id INTEGER PRIMARY KEY,"
            " user_name TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " subject TEXT NOT NULL,"
            " details TEXT NOT NULL DEFAULT '',"
            " at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
    }};
}

}  // namespace

const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> migrations{initialSchema()};
    return migrations;
}

}  // namespace dmad::project
