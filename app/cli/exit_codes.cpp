#include "app/cli/exit_codes.h"

#include "app/cli/arguments.h"
#include "engine/engine_error.h"
#include "evaluation/mvtec_dataset.h"

#include <iostream>
#include <new>

namespace dmad::cli {

std::string exitCodeHelp() {
    return "Exit codes: 0 ok, 1 usage error, 2 bad input (missing, unreadable, truncated or oversized file, mask\n"
           "size mismatch, missing backbone, corrupt or mismatched model, NaN features, loss or scores),\n"
           "3 runtime failure (I/O, unwritable output), 4 cancelled, 5 trained but flagged (train only: the\n"
           "model ranks its own seen anomalies below its normal images; it was written, check it first).";
}

int reportFailure(const std::exception_ptr& failure) {
    auto fail = [](const std::string& message, int code) {
        std::cerr << "dmad: error: " << message << "\n";
        return code;
    };
    try {
        std::rethrow_exception(failure);
    } catch (const UsageError& e) {
        return fail(std::string(e.what()) + "\n(run 'dmad --help' or 'dmad <command> --help')", kExitUsage);
    } catch (const EngineError& e) {
        switch (e.kind()) {
        case EngineError::Kind::Cancelled: std::cerr << "dmad: cancelled\n"; return kExitCancelled;
        case EngineError::Kind::Io: return fail(e.what(), kExitRuntimeFailure);
        default: return fail(e.what(), kExitBadInput);
        }
    } catch (const eval::DatasetError& e) {
        return fail(e.what(), kExitBadInput);
    } catch (const std::bad_alloc&) {
        return fail("out of memory (try a smaller budget: --budget fast, or fewer categories)", kExitRuntimeFailure);
    } catch (const std::exception& e) {
        return fail(e.what(), kExitRuntimeFailure);
    } catch (...) {
        return fail("unknown failure", kExitRuntimeFailure);
    }
}

}  // namespace dmad::cli
