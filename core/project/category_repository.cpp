#include "project/category_repository.h"

#include "project/project_store.h"
#include "project/sql_support.h"

namespace dmad::project {

qint64 CategoryRepository::ensure(const QString& name) {
    if (const auto existing = byName(name)) return existing->id;
    if (name.trimmed().isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("A category needs a name"));
    }
    Transaction transaction(m_store);
    const qint64 id =
        sql::insert(m_store.database(), QStringLiteral("INSERT INTO categories (name, created_at) VALUES (?, ?)"),
                                                       {name, sql::now()});
    transaction.commit();
    return id;
}

std::optional<Category> CategoryRepository::byName(const QString& name) const {
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("SELECT id, name FROM categories WHERE name = ?"), {name});
    if (!query.next()) return std::nullopt;
    return Category{query.value(0).toLongLong(), query.value(1).toString()};
}

QVector<Category> CategoryRepository::all() const {
    QSqlQuery query = sql::run(m_store.database(), QStringLiteral("SELECT id, name FROM categories ORDER BY name"));
    QVector<Category> categories;
    while (query.next()) categories.push_back({query.value(0).toLongLong(), query.value(1).toString()});
    return categories;
}

}  // namespace dmad::project
