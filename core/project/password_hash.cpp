#include "project/password_hash.h"

#include "project/project_error.h"

#include <QObject>
#include <sodium.h>

namespace dmad::project {

namespace {

void requireSodium() {
    if (sodium_init() < 0) {
        throw ProjectError(ProjectError::Kind::Io, QObject::tr("The password library (libsodium) could not start."));
    }
}

}  // namespace

QString hashPassword(const QString& password) {
    requireSodium();
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    // The interactive limits (2 passes, 64 MiB) take about a tenth of a second: a sign-in stays
    // quick while guessing stays expensive.
    if (crypto_pwhash_str_alg(encoded, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw ProjectError(ProjectError::Kind::Io, QObject::tr("The password could not be hashed: not enough memory."));
    }
    return QString::fromLatin1(encoded);
}

bool verifyPassword(const QString& encodedHash, const QString& password) {
    requireSodium();
    const QByteArray hash = encodedHash.toLatin1();
    if (!hash.startsWith("$argon2id$") || hash.size() >= crypto_pwhash_STRBYTES) return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) ==
           0;
}

}  // namespace dmad::project
