#include "project/server_connection.h"

#include <QUrl>
#include <QUrlQuery>

namespace dmad::project {

bool ServerConnection::isUrl(const QString& text) {
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<ServerConnection> ServerConnection::fromUrl(const QString& text) {
    if (!isUrl(text)) return std::nullopt;
    const QUrl url(text);
    if (!url.isValid()) return std::nullopt;
    ServerConnection server;
    server.host = url.host();
    server.port = url.port(5432);
    server.user = url.userName();
    server.password = url.password();
    server.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host"))) server.host = query.queryItemValue(QStringLiteral("host"));
    if (query.hasQueryItem(QStringLiteral("sslmode"))) {
        server.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    }
    if (server.host.isEmpty() || server.database.isEmpty()) return std::nullopt;
    return server;
}

QString ServerConnection::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    url.setPort(port);
    if (host.startsWith(QLatin1Char('/'))) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
        url.setHost(QStringLiteral("localhost"));
    } else {
        url.setHost(host);
    }
    return url.toString();
}

QString ServerConnection::displayName() const {
    return QStringLiteral("%1 on %2").arg(database, host);
}

}  // namespace dmad::project
