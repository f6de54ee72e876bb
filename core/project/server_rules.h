// Internal to core/project: what a PostgreSQL server enforces for a project (roles, grants, row security,
// change notifications), and the database roles that accounts map to.
#pragma once

#include "project/project_types.h"

#include <QSqlDatabase>

namespace dmad::project::server {

// The group role of each account role; an account's login role (UserRepository::nameKey) is a member of one.
QString groupRole(UserRole role);

// Creates the group roles (once per server), grants each what its role may do, makes the audit log
// insert-only (under one's own name) and installs the NOTIFY triggers. Run by the schema migration.
void installRules(const QSqlDatabase& db);

// Password hashes readable only by administrators (a labeller could otherwise copy every hash and guess
// passwords offline); sign-in reads one's own hash through a SECURITY DEFINER function. Removing a mask
// another account painted is a supervisor's (row security), as Labelling::removeMask rules. Migration 4.
void installPrivacyRules(const QSqlDatabase& db);

// The account's login role: created (or its password and group changed) so that signing in to the
// server with the account's name and password works. The password goes to the server in the statement
// (TLS when the server offers it); the server stores only its SCRAM verifier.
void ensureLoginRole(const QSqlDatabase& db, const QString& nameKey, UserRole role, const QString& password);
void setLoginRoleGroup(const QSqlDatabase& db, const QString& nameKey, UserRole role);
void setLoginRolePassword(const QSqlDatabase& db, const QString& nameKey, const QString& password);

}  // namespace dmad::project::server
