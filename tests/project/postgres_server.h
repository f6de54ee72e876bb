// A real, throw-away PostgreSQL server for tests: initdb + pg_ctl in a temporary folder, Unix socket only
// (or, with TLS, also TCP on 127.0.0.1 with a self-signed certificate made by `openssl req`).
#pragma once

#include "project/server_connection.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dmad::testing {

// initdb and postgres refuse to run as root (CI and the developer machines are root): then the server
// runs as the unprivileged `postgres` user that Debian's package creates. Password authentication on the
// socket (scram-sha-256), so that wrong passwords and roles are tested as in production.
class PostgresServer {
public:
    static constexpr const char* kOwner = "dmad_owner";
    static constexpr const char* kOwnerPassword = "owner-secret-1";

    PostgresServer() = default;
    ~PostgresServer() { stop(); }
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    static QString binary(const QString& name) {
        for (const char* version : {"17", "16", "15", "14", "13"}) {
            const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(QLatin1String(version), name);
            if (QFileInfo(path).isExecutable()) return path;
        }
        return {};
    }

    enum class Tls { Off, On };

    // False (with the reason) when no server could be started: the caller skips. Tls::On also listens on
    // 127.0.0.1 (a free port) with ssl=on, which connection() then uses; it needs openssl.
    bool start(QString* why, Tls tls = Tls::Off) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) return fail(why, "no QPSQL driver");
        if (binary(QStringLiteral("initdb")).isEmpty()) return fail(why, "no PostgreSQL server installed");
        if (!m_folder.isValid()) return fail(why, "no temporary folder");
        m_data = m_folder.filePath(QStringLiteral("data"));
        m_socket = m_folder.path();
        const QString passwordFile = m_folder.filePath(QStringLiteral("pw"));
        QFile pw(passwordFile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(kOwnerPassword) < 0) return fail(why, "cannot write pw");
        pw.close();
        if (tls == Tls::On && !makeCertificate(why)) return false;
        if (::geteuid() == 0 &&
            !run({QStringLiteral("chown"), QStringLiteral("-R"), QStringLiteral("postgres"), m_folder.path()}, why)) {
            return false;
        }
        if (!run(asServerUser({binary(
                QStringLiteral("initdb")),
                QStringLiteral("-D"), m_data,
                    QStringLiteral("--username=%1").arg(QLatin1String(kOwner)),
                        QStringLiteral("--pwfile=") + passwordFile,
                                       QStringLiteral("--auth=scram-sha-256"),
                                                      QStringLiteral("--locale=C.UTF-8"),
                                                                     QStringLiteral("--encoding=UTF8"),
                                                                                    QStringLiteral("--no-sync")}),
                                       why)) {
            return false;
        }
        QFile::remove(passwordFile);
        // No TCP at all: the socket lives in the temporary folder, so parallel runs never collide.
        QString options = QStringLiteral("-c listen_addresses='' -k %1 -c fsync=off -c full_page_writes=off"
                                         " -c max_connections=60")
                                             .arg(m_socket);
        if (tls == Tls::On) {
            m_port = freePort();
            if (m_port == 0) return fail(why, "no free TCP port");
            m_tcp = true;
            options += QStringLiteral(" -c listen_addresses=127.0.0.1 -p %1 -c ssl=on -c ssl_cert_file=%2"
                                      " -c ssl_key_file=%3")
                                          .arg(m_port)
                                          .arg(m_folder.filePath(QStringLiteral("server.crt")),
                                                                 m_folder.filePath(QStringLiteral("server.key")));
        }
        if (!run(asServerUser({binary(
                QStringLiteral("pg_ctl")),
                QStringLiteral("-D"), m_data,
                               QStringLiteral("-o"), options,
                                              QStringLiteral("-l"), m_folder.filePath(
                                                                        QStringLiteral("log")),
                                                                        QStringLiteral("-w"), QStringLiteral("start")}),
                                                             why)) {
            return false;
        }
        m_running = true;
        return true;
    }

    void stop() {
        if (!m_running) return;
        m_running = false;
        QString ignored;
        run(asServerUser({binary(
            QStringLiteral("pg_ctl")),
            QStringLiteral("-D"), m_data,
                           QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}),
                           &ignored);
    }

    QString socketFolder() const { return m_socket; }
    QString dataFolder() const { return m_data; }

    // The owner's connection to `database` (created when absent).
    project::ServerConnection connection(const QString& database) const {
        project::ServerConnection server;
        server.host = m_tcp ? QStringLiteral("127.0.0.1") : m_socket;
        server.port = m_port;
        server.database = database;
        server.user = QLatin1String(kOwner);
        server.password = QLatin1String(kOwnerPassword);
        return server;
    }

    // A new empty database; its name is returned.
    QString createDatabase(const QString& prefix = QStringLiteral("project")) {
        const QString name = prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
        ownerQuery(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }

    // One statement as the owner on the maintenance database; empty on success, else the error.
    QString ownerQuery(const QString& statement) {
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dmad-test-owner"));
            db.setHostName(m_socket);
            db.setPort(m_port);
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(QLatin1String(kOwner));
            db.setPassword(QLatin1String(kOwnerPassword));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(statement)) error = query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dmad-test-owner"));
        return error;
    }

    // Runs a server program (pg_dump, psql) as the server's user; gives its standard output.
    QByteArray tool(const QString& name, const QStringList& arguments, QString* why) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), QLatin1String(kOwnerPassword));
        process.setProcessEnvironment(environment);
        process.start(binary(name), arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            if (why) *why = QString::fromLocal8Bit(process.readAllStandardError());
            return {};
        }
        return process.readAllStandardOutput();
    }

private:
    // A self-signed certificate for localhost, as an administrator would make one with openssl.
    bool makeCertificate(QString* why) {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) return fail(why, "openssl is not installed");
        const QString key = m_folder.filePath(QStringLiteral("server.key"));
        if (!run({openssl,
                  QStringLiteral("req"),
                      QStringLiteral("-x509"),
                          QStringLiteral("-newkey"),
                              QStringLiteral("rsa:2048"),
                                  QStringLiteral("-nodes"),
                                      QStringLiteral("-days"),
                                          QStringLiteral("1"),
                                              QStringLiteral("-subj"),
                                                  QStringLiteral("/CN=localhost"),
                                                                 QStringLiteral("-keyout"), key,
                                                                     QStringLiteral("-out"),
                                                                                    m_folder.filePath(
                                                                                        QStringLiteral("server.crt"))},
                                                                     why))
            return false;
        // The server refuses a key others can read.
        return QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
               fail(why, "cannot restrict the key's permissions");
    }

    static int freePort() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0) return 0;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    static bool fail(QString* why, const char* reason) {
        if (why) *why = QLatin1String(reason);
        return false;
    }

    static QStringList asServerUser(QStringList command) {
        if (::geteuid() != 0) return command;
        return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                                                                           QStringLiteral("--")} +
                                                                                           command;
    }

    static bool run(const QStringList& command, QString* why) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(command.front(), command.mid(1));
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            if (why) *why = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + process.readAll();
            return false;
        }
        return true;
    }

    QTemporaryDir m_folder;
    QString m_data;
    QString m_socket;
    bool m_running = false;
    bool m_tcp = false;
    int m_port = 5432;
};

}  // namespace dmad::testing

#include "project/project_store.h"

#include <QtTest>

namespace dmad::testing {

// Starts `server` or ends the calling test function: skipped when no server can start here, failed
// instead when DMAD_REQUIRE_POSTGRES=1 (CI, where PostgreSQL is installed).
#define DMAD_START_POSTGRES_OR_SKIP(server)                                                                            \
    do {                                                                                                               \
        QString whyNot;                                                                                                \
        if (!(server).start(&whyNot)) {                                                                                \
            if (qEnvironmentVariableIntValue("DMAD_REQUIRE_POSTGRES") == 1) QFAIL(qPrintable(whyNot));                 \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL could not be started: ") + whyNot));                           \
        }                                                                                                              \
    } while (false)

// The owner's connection to a new database, with this station's image root and local folder.
inline project::ServerConnection newServerProject(PostgresServer& server, const QString& imageRoot,
                                                  const QString& localFolder) {
    project::ServerConnection connection = server.connection(server.createDatabase());
    connection.imageRoot = imageRoot;
    connection.localFolder = localFolder;
    return connection;
}

// Where a suite that runs on both back ends makes its project: a folder (server == nullptr) or a new
// database on the test server, with the folder as image root and station folder.
inline std::unique_ptr<project::ProjectStore> createProject(PostgresServer* server, const QString& folder) {
    if (!server) return project::ProjectStore::create(folder);
    return project::ProjectStore::connect(newServerProject(*server, folder, folder));
}

// Runs a suite once on SQLite and once on a fresh PostgreSQL server (Suite(PostgresServer*)). Without a
// server installed the second run is skipped with a warning, unless DMAD_REQUIRE_POSTGRES=1.
template <class Suite>
int runOnBothBackends(int argc, char** argv) {
    int failed = 0;
    {
        Suite onFile(nullptr);
        failed += QTest::qExec(&onFile, argc, argv);
    }
    PostgresServer server;
    QString why;
    if (!server.start(&why)) {
        qWarning("PostgreSQL could not be started (%s): the server run is skipped", qPrintable(why));
        return failed + (qEnvironmentVariableIntValue("DMAD_REQUIRE_POSTGRES") == 1 ? 1 : 0);
    }
    Suite onServer(&server);
    failed += QTest::qExec(&onServer, argc, argv);
    return failed;
}

}  // namespace dmad::testing
