// Runs the built `dmad` as a child process for the CLI suites: exit code and both output streams.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace clitest {

struct CliResult {
    int code = -1;  // -1: timed out, -2: crashed
    QString out;
    QString err;
};

// OpenMP threads that spin while waiting cost 10x on a shared 2-core machine: let them sleep.
inline QProcessEnvironment quietThreads() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("OMP_WAIT_POLICY", "PASSIVE");
    return env;
}

inline CliResult runCli(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                        int timeoutMs) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliResult r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace clitest
