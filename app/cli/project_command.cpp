// `dmad project backup|restore|copy`: a consistent backup of a project while it is in use, its restore, and
// a copy between a folder (SQLite) and a PostgreSQL server.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "project/project_backup.h"
#include "project/project_copy.h"
#include "project/project_error.h"
#include "project/project_store.h"

#include <QCoreApplication>
#include <QDir>
#include <iostream>

namespace dmad::cli {
namespace {

ArgumentParser backupParser() {
    ArgumentParser p("project backup",
                     "Writes a consistent backup of a project into a new folder, also while DMAD Studio works on "
                     "it: the database (SQLite VACUUM INTO), masks, model files and a manifest with SHA-256 sums.");
    p.option("project", "DIR", "the project folder (required)")
        .option("output", "FILE_OR_DIR",
                "a new folder for the backup, or an existing folder that receives "
                "<project>-backup-<UTC time> (required)");
    p.note(exitCodeHelp());
    return p;
}

ArgumentParser restoreParser() {
    ArgumentParser p("project restore",
                     "Checks a backup against its manifest and restores it to a project folder. A project already "
                     "there is moved aside to <DIR>.before-restore-<UTC time>, never deleted; it must not be open.");
    p.option("backup", "DIR", "the backup folder (required)")
        .option("project", "DIR", "where the project is restored (required)");
    p.note(exitCodeHelp());
    return p;
}

ArgumentParser copyParser() {
    ArgumentParser p("project copy",
                     "Copies a project between a folder and a PostgreSQL server (either way) into a new, empty "
                     "project, and checks that every table has as many rows as the source. A server is given as "
                     "postgresql://USER@HOST:PORT/DATABASE; the password comes from PGPASSWORD or ~/.pgpass.");
    p.positional("FROM", "the source: a project folder or a postgresql:// URL")
        .positional("TO", "the target: a new folder, or an empty server database");
    p.note(exitCodeHelp());
    return p;
}

QString path(const std::string& value) {
    return QDir::cleanPath(QString::fromLocal8Bit(value.c_str()));
}

std::string text(const QString& value) {
    return QDir::toNativeSeparators(value).toLocal8Bit().toStdString();
}

int backup(const std::vector<std::string>& args) {
    const ArgumentParser parser = backupParser();
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    if (!a.has("project") || !a.has("output"))
        throw UsageError("project backup needs --project DIR and --output FILE_OR_DIR");
    const project::BackupReport report = project::backupProject(path(a.value("project")), path(a.value("output")));
    std::cout << "backup: " << text(report.folder) << "\n"
              << "files: " << report.files << " besides the database, " << report.bytes << " bytes\n";
    return kExitOk;
}

int restore(const std::vector<std::string>& args) {
    const ArgumentParser parser = restoreParser();
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    if (!a.has("backup") || !a.has("project")) throw UsageError("project restore needs --backup DIR and --project DIR");
    const project::RestoreReport report = project::restoreProject(path(a.value("backup")), path(a.value("project")));
    std::cout << "restored: " << text(report.project) << " (" << report.files << " files besides the database)\n";
    if (!report.movedAside.isEmpty())
        std::cout << "the project that was there is now: " << text(report.movedAside) << "\n";
    return kExitOk;
}

QString location(const std::string& value) {
    const QString text = QString::fromLocal8Bit(value.c_str());
    return project::ServerConnection::isUrl(text) ? text : QDir::cleanPath(text);
}

int copy(const std::vector<std::string>& args) {
    const ArgumentParser parser = copyParser();
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    if (a.positionals().size() != 2) throw UsageError("project copy needs FROM and TO");
    const auto from = project::openLocation(location(a.positionals()[0]), false);
    const auto to = project::openLocation(location(a.positionals()[1]), true);
    const project::CopyReport report = project::copyProject(*from, *to);
    for (auto row = report.rows.cbegin(); row != report.rows.cend(); ++row) {
        std::cout << row.key().toStdString() << ": " << row.value() << " rows\n";
    }
    std::cout << "mask files: " << report.maskFiles << ", model files: " << report.modelFiles << "\n"
              << "row counts checked: equal\n";
    return kExitOk;
}

}  // namespace

int runProject(const std::vector<std::string>& args) {
    // Qt Sql's driver registry needs an application object.
    static int argc = 1;
    static char name[] = "dmad";
    static char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    const std::string sub = args.empty() ? std::string() : args.front();
    const std::vector<std::string> rest(args.empty() ? args.end() : args.begin() + 1, args.end());
    try {
        if (sub == "backup") return backup(rest);
        if (sub == "restore") return restore(rest);
        if (sub == "copy") return copy(rest);
    } catch (const project::ProjectError& e) {
        std::cerr << "dmad: error: " << text(e.message()) << "\n";
        return e.kind() == project::ProjectError::Kind::InvalidInput ||
                       e.kind() == project::ProjectError::Kind::AlreadyExists ||
                       e.kind() == project::ProjectError::Kind::NotAProject
                   ? kExitBadInput
                   : kExitRuntimeFailure;
    }
    if (sub == "--help" || sub == "-h") {
        std::cout << "Usage: dmad project backup --project DIR --output FILE_OR_DIR\n"
                     "       dmad project restore --backup DIR --project DIR\n"
                     "       dmad project copy FROM TO\n";
        return kExitOk;
    }
    throw UsageError("project needs 'backup', 'restore' or 'copy'");
}

}  // namespace dmad::cli
