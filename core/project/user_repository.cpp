#include "project/user_repository.h"

#include "project/password_hash.h"
#include "project/project_store.h"
#include "project/server_rules.h"
#include "project/sql_dialect.h"
#include "project/sql_support.h"

namespace dmad::project {

namespace {

QString selectUsers(const QSqlDatabase& db) {
    return QStringLiteral("SELECT id, name, role, %1 FROM users ").arg(dialect::hasPasswordExpression(db));
}

UserRecord fromRow(const QSqlQuery& query) {
    return {query.value(0).toLongLong(), query.value(1).toString(),
            roleFromString(query.value(2).toString()).value_or(UserRole::Labeller), query.value(3).toBool()};
}

bool isRefusedCharacter(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph: return true;
    default: return false;
    }
}

QString cleaned(const QString& name) {
    return name.normalized(QString::NormalizationForm_KC).trimmed();
}

}  // namespace

QString UserRepository::nameProblem(const QString& name) {
    const QString clean = cleaned(name);
    if (clean.isEmpty()) return QObject::tr("A user needs a name.");
    qsizetype characters = 0;
    for (const char32_t c : clean.toUcs4()) {
        ++characters;
        if (isRefusedCharacter(c)) {
            const QString code =
                QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
            return QObject::tr("A user name cannot contain control, invisible or line-break characters "
                               "(U+%1).")
                .arg(code);
        }
    }
    if (characters > kMaxNameLength) {
        return QObject::tr("A user name can have at most %1 characters (this one has %2).")
            .arg(kMaxNameLength)
            .arg(characters);
    }
    return {};
}

QString UserRepository::validName(const QString& name) {
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput, problem);
    }
    return cleaned(name);
}

QString UserRepository::nameKey(const QString& name) {
    const QString folded = cleaned(name).toCaseFolded().normalized(QString::NormalizationForm_KC);
    return folded.simplified();
}

QString UserRepository::passwordProblem(const QString& password) {
    if (password.size() < kMinPasswordLength) {
        return QObject::tr("A password needs at least %1 characters.").arg(kMinPasswordLength);
    }
    if (password.size() > kMaxPasswordLength) {
        return QObject::tr("A password can have at most %1 characters.").arg(kMaxPasswordLength);
    }
    return {};
}

UserRecord UserRepository::ensure(const QString& name, UserRole role) {
    const QString clean = validName(name);
    if (const auto existing = byName(clean)) return *existing;
    Transaction transaction(m_store);
    const qint64 id = sql::insert(
        m_store.database(), QStringLiteral("INSERT INTO users (name, name_key, role, created_at) VALUES (?, ?, ?, ?)"),
                                           {clean, nameKey(clean), toText(role), sql::now()});
    transaction.commit();
    return *byId(id);
}

UserRecord UserRepository::add(const QString& name, UserRole role, const QString& password) {
    const QString clean = validName(name);
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput, problem);
    }
    const QString hash = hashPassword(password);  // slow: before the write lock is taken
    Transaction transaction(m_store);
    if (const auto existing = byName(clean)) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("There is already a user \"%1\"; names differing only in case or in "
                                       "look-alike characters are the same account.")
                               .arg(existing->name));
    }
    const qint64 id = sql::insert(
        m_store.database(),
        QStringLiteral("INSERT INTO users (name, name_key, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
                       {clean, nameKey(clean), toText(role), hash, sql::now()});
    // On a server the account is also a login role (created in the same transaction: role DDL is
    // transactional), so that the server itself checks the password and enforces the role.
    if (m_store.isServer()) server::ensureLoginRole(m_store.database(), nameKey(clean), role, password);
    transaction.commit();
    return *byId(id);
}

void UserRepository::setPassword(qint64 id, const QString& password) {
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput, problem);
    }
    const QString hash = hashPassword(password);
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id});
    if (m_store.isServer()) {
        const auto user = byId(id);
        if (user) server::ensureLoginRole(m_store.database(), nameKey(user->name), user->role, password);
    }
    transaction.commit();
}

void UserRepository::setRole(qint64 id, UserRole role) {
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {toText(role), id});
    if (m_store.isServer()) {
        const auto user = byId(id);
        if (user && user->hasPassword) server::setLoginRoleGroup(m_store.database(), nameKey(user->name), role);
    }
    transaction.commit();
}

std::optional<UserRecord> UserRepository::byName(const QString& name) const {
    // Projects from before the name rule may hold two names with one key: the older account answers.
    return selectOne(QStringLiteral("WHERE name_key = ? ORDER BY id LIMIT 1"), nameKey(name));
}

std::optional<UserRecord> UserRepository::byId(qint64 id) const {
    return selectOne(QStringLiteral("WHERE id = ?"), id);
}

QVector<UserRecord> UserRepository::all() const {
    QSqlQuery query = sql::run(m_store.database(), selectUsers(m_store.database()) + QStringLiteral("ORDER BY name"));
    QVector<UserRecord> users;
    while (query.next()) users.push_back(fromRow(query));
    return users;
}

bool UserRepository::hasAdministrator() const {
    const QSqlDatabase db = m_store.database();
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND %1") .arg(
                               dialect::hasPasswordExpression(db)))
                                   .toInt() > 0;
}

std::optional<UserRecord> UserRepository::verify(const QString& name, const QString& password) const {
    const auto user = byName(name);
    if (!user) return std::nullopt;
    const auto hash = storedHash(user->id);
    if (!hash || !verifyPassword(*hash, password)) return std::nullopt;
    return user;
}

std::optional<UserRecord> UserRepository::selectOne(const QString& where, const QVariant& value) const {
    QSqlQuery query = sql::run(m_store.database(), selectUsers(m_store.database()) + where, {value});
    if (!query.next()) return std::nullopt;
    return fromRow(query);
}

std::optional<QString> UserRepository::storedHash(qint64 id) const {
    const QVariant value = sql::scalar(m_store.database(), dialect::passwordHashQuery(m_store.database()), {id});
    if (!value.isValid() || value.isNull()) return std::nullopt;
    return value.toString();
}

}  // namespace dmad::project
