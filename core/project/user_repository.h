// The accounts of a project: names, roles and Argon2id password hashes (no role or access checks here).
#pragma once

#include "project/project_types.h"

#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

// Name rule: surrounding white space is dropped, the rest is NFKC-normalised (so full-width and other
// compatibility forms become their plain letters) and must be 1 to 64 characters without control,
// format (zero-width), line-separator, private-use or unassigned characters. Two names are the same
// account when their keys match: the NFKC form, case-folded, with runs of white space made one space.
class UserRepository {
public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 1024;

    explicit UserRepository(ProjectStore& store) : m_store(store) {}

    // Why the name cannot be an account name, in words; empty when it can.
    static QString nameProblem(const QString& name);
    // The name as stored (trimmed, NFKC); throws ProjectError (InvalidInput) naming the problem.
    static QString validName(const QString& name);
    static QString nameKey(const QString& name);
    static QString passwordProblem(const QString& password);

    // The user with this name (by key); created without a password when absent (an existing role is
    // kept). For projects built by tools (the demo) and tests; people get accounts through Accounts.
    UserRecord ensure(const QString& name, UserRole role = UserRole::Labeller);
    // A new account; refused (InvalidInput) when the name's key is taken or the password is too short.
    UserRecord add(const QString& name, UserRole role, const QString& password);
    void setPassword(qint64 id, const QString& password);
    void setRole(qint64 id, UserRole role);

    std::optional<UserRecord> byName(const QString& name) const;
    std::optional<UserRecord> byId(qint64 id) const;
    QVector<UserRecord> all() const;  // by name
    bool hasAdministrator() const;    // one that can sign in (has a password)
    // The account when the password is its password; none otherwise (also for accounts without one).
    std::optional<UserRecord> verify(const QString& name, const QString& password) const;

private:
    std::optional<UserRecord> selectOne(const QString& where, const QVariant& value) const;
    std::optional<QString> storedHash(qint64 id) const;

    ProjectStore& m_store;
};

}  // namespace dmad::project
