// Where a project on a PostgreSQL server is: host, port, database, user, and this station's own folders.
#pragma once

#include <QString>
#include <optional>

namespace dmad::project {

struct ServerConnection {
    QString host;  // a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString user;  // an account name; the server role is UserRepository::nameKey(user)
    // Asked at sign-in and kept in memory only, never written anywhere.
    QString password;
    // libpq's sslmode: "prefer" uses TLS whenever the server offers it.
    QString sslMode = QStringLiteral("prefer");
    // Where this station sees the project's image root (images stay files; each station mounts them
    // its own way). Image paths below it are stored relative, so every station finds its own copy.
    QString imageRoot;
    // This station's folder for files made from the database (masks and model files to load); empty:
    // a folder under the user's cache.
    QString localFolder;

    // "postgresql://user@host:port/database" (no password). Hosts that are socket folders are given
    // as ?host=/path, as libpq does.
    QString url() const;
    // Parses url()'s form; nullopt for anything else (a file path, say).
    static std::optional<ServerConnection> fromUrl(const QString& url);
    static bool isUrl(const QString& text);
    // "database on host" for titles and messages.
    QString displayName() const;
};

}  // namespace dmad::project
