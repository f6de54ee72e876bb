// `dmad audit verify`: checks a project's audit log hash chain and names the first entry that breaks it.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "project/audit_log.h"
#include "project/project_error.h"
#include "project/project_store.h"

#include <QCoreApplication>
#include <iostream>

namespace dmad::cli {
namespace {

ArgumentParser auditParser() {
    ArgumentParser p("audit verify", "Checks that no entry of a project's audit log was changed, removed, inserted "
                                     "or back-dated since it was written (the SHA-256 chain of its entries).");
    p.option("project", "DIR", "the project folder (holding project.sqlite)");
    p.note("Prints the number of entries checked, or the first entry that breaks the chain and why.\n"
           "Exit codes: 0 the chain is intact, 1 usage error, 2 not a readable project or the chain is broken,\n"
           "3 runtime failure.");
    return p;
}

}  // namespace

int runAudit(const std::vector<std::string>& args) {
    const ArgumentParser parser = auditParser();
    if (args.empty() || args.front() == "--help" || args.front() == "-h") {
        std::cout << parser.help();
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args.front() != "verify") throw UsageError("unknown audit subcommand '" + args.front() + "' (known: verify)");
    const Arguments a = parser.parse(std::vector<std::string>(args.begin() + 1, args.end()));
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    const std::string directory = a.value("project");
    if (directory.empty()) throw UsageError("audit verify: --project DIR is required");

    // Qt Sql loads its SQLite driver as a plugin, which wants an application object.
    int argc = 1;
    char name[] = "dmad";
    char* argv[] = {name, nullptr};
    const QCoreApplication app(argc, argv);
    try {
        const auto store = project::ProjectStore::open(QString::fromStdString(directory));
        const project::AuditChainReport report = project::AuditLog(*store).verify();
        if (!report.intact()) {
            std::cout << "audit log of " << directory << ": BROKEN at entry " << report.brokenId << ": "
                      << report.problem.toStdString() << "\n";
            return kExitBadInput;
        }
        std::cout << "audit log of " << directory << ": " << report.entries << " entries, chain intact\n";
        return kExitOk;
    } catch (const project::ProjectError& e) {
        std::cerr << "dmad: error: " << e.message().toStdString() << "\n";
        return e.kind() == project::ProjectError::Kind::Sql || e.kind() == project::ProjectError::Kind::Io
                   ? kExitRuntimeFailure
                   : kExitBadInput;
    }
}

}  // namespace dmad::cli
