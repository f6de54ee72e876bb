// Argon2id password hashes (libsodium): the only form in which a project stores a password.
#pragma once

#include <QString>

namespace dmad::project {

// An encoded Argon2id hash ("$argon2id$v=19$m=...") with its own random salt and cost parameters,
// so that a later version may raise the cost without breaking older hashes. Throws ProjectError
// when libsodium cannot start or runs out of memory.
QString hashPassword(const QString& password);
// False for a wrong password and for a hash that is not an Argon2id string.
bool verifyPassword(const QString& encodedHash, const QString& password);

}  // namespace dmad::project
