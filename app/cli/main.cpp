// `dmad`: the command-line entry point. It picks the subcommand and maps failures to exit codes; the work is in core/.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"

#include <iostream>
#include <string>
#include <vector>

namespace {

const char* const kUsage =
    "Usage: dmad <command> [options]\n"
    "\n"
    "DMAD Studio's command line: anomaly detection with a dual memory bank (DMAD).\n"
    "\n"
    "Commands:\n"
    "  train      train one unified model on MVTec-layout categories\n"
    "  score      score images with a model, write heatmaps (alias: infer)\n"
    "  evaluate   run the evaluation protocol (settings x seeds, DMAD and PatchCore)\n"
    "  bench      measure the engine's speed and memory on this machine\n"
    "  audit      audit verify --project DIR: check a project's audit log chain\n"
    "  project    back up a project while it is in use, restore a backup, copy to or from a server\n"
    "  worker     train the training requests of a project on a PostgreSQL server\n"
    "\n"
    "  dmad <command> --help   options of a command\n"
    "  dmad --version          print the version\n"
    "\n"
    "Environment: DMAD_BACKBONE = default TorchScript backbone.\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace dmad::cli;
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty()) {
        std::cerr << kUsage << "\n" << exitCodeHelp() << "\n";
        return kExitUsage;
    }
    const std::string command = all.front();
    const std::vector<std::string> rest(all.begin() + 1, all.end());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsage << "\n" << exitCodeHelp() << "\n";
        return kExitOk;
    }
    if (command == "--version") {
        std::cout << "dmad " DMAD_VERSION "\n";
        return kExitOk;
    }
    try {
        if (command == "train") return runTrain(rest);
        if (command == "score" || command == "infer") return runScore(rest);
        if (command == "evaluate") return runEvaluate(rest);
        if (command == "bench") return runBench(rest);
        if (command == "audit") return runAudit(rest);
        if (command == "project") return runProject(rest);
        if (command == "worker") return runWorker(rest);
        throw UsageError("unknown command '" + command + "'");
    } catch (...) {
        return reportFailure(std::current_exception());
    }
}
