// The exit codes `dmad` promises in its help, and which failure maps to which.
#pragma once

#include <exception>
#include <string>

namespace dmad::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,           // wrong command line
    kExitBadInput = 2,        // missing/unreadable file, mask mismatch, missing backbone, corrupt model
    kExitRuntimeFailure = 3,  // anything else that went wrong while working (I/O, out of memory, ...)
    kExitCancelled = 4,       // interrupted (Ctrl+C); nothing half-written is left behind
    kExitFlagged = 5,         // train: the model was written but its self-check failed (inverted ranking)
};

// The text every --help ends with.
std::string exitCodeHelp();

// Prints "dmad: error: <message>" to stderr and returns the code for the exception in flight.
int reportFailure(const std::exception_ptr& failure);

}  // namespace dmad::cli
