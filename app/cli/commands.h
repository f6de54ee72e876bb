// The subcommands of `dmad`: each parses its own arguments, calls core/, and returns an exit code.
#pragma once

#include <string>
#include <vector>

namespace dmad::cli {

int runTrain(const std::vector<std::string>& args);
int runScore(const std::vector<std::string>& args);
int runEvaluate(const std::vector<std::string>& args);
int runBench(const std::vector<std::string>& args);
int runAudit(const std::vector<std::string>& args);  // audit_command.cpp
int runProject(const std::vector<std::string>& args);
int runWorker(const std::vector<std::string>& args);  // worker_command.cpp

}  // namespace dmad::cli
