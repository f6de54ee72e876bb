#include "project/user_repository.h"

#include "project/project_store.h"
#include "project/sql_support.h"

namespace dmad::project {

namespace {

UserRecord fromRow(const QSqlQuery& query) {
    return {query.value(0).toLongLong(), query.value(1).toString(),
            roleFromString(query.value(2).toString()).value_or(UserRole::Labeller)};
}

}  // namespace

UserRecord UserRepository::ensure(const QString& name, UserRole role) {
    if (const auto existing = byName(name)) return *existing;
    if (name.trimmed().isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("A user needs a name"));
    }
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)"),
             {name, toText(role), sql::now()});
    transaction.commit();
    return *byName(name);
}

void UserRepository::setRole(qint64 id, UserRole role) {
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {toText(role), id});
    transaction.commit();
}

std::optional<UserRecord> UserRepository::byName(const QString& name) const {
    QSqlQuery query = sql::run(m_store.database(), QStringLiteral("SELECT id, name, role FROM users WHERE name = ?"),
                               {name});
    if (!query.next()) return std::nullopt;
    return fromRow(query);
}

QVector<UserRecord> UserRepository::all() const {
    QSqlQuery query = sql::run(m_store.database(), QStringLiteral("SELECT id, name, role FROM users ORDER BY name"));
    QVector<UserRecord> users;
    while (query.next()) users.push_back(fromRow(query));
    return users;
}

}  // namespace dmad::project
