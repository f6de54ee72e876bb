// A read of a project's database on a worker thread, through its own connection (a QSqlDatabase belongs to its thread).
#pragma once

#include "project/project_error.h"
#include "project/project_store.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <QList>

#include <algorithm>
#include <exception>
#include <optional>

namespace dmad::ui {

template <typename Result>
struct ProjectRead {
    std::optional<Result> value;
    QString error;  // why there is no value
};

// Runs read(store) off the GUI thread on a store opened for the purpose (the same folder, or the same
// server with this station's connection); a failure comes back as a message, never as an exception.
// `read` must capture by value: it outlives the caller's frame.
template <typename Result, typename Read>
QFuture<ProjectRead<Result>> readProjectAsync(const project::ProjectStore& project, Read read) {
    const QString directory = project.directory();
    const std::optional<project::ServerConnection> server = project.server();
    return QtConcurrent::run([directory, server, read]() -> ProjectRead<Result> {
        try {
            const auto store =
                server ? project::ProjectStore::connect(*server) : project::ProjectStore::open(directory);
            return {read(*store), {}};
        } catch (const project::ProjectError& error) {
            return {std::nullopt, error.message()};
        } catch (const std::exception& error) {
            return {std::nullopt, QString::fromLocal8Bit(error.what())};
        }
    });
}

// The reads a widget started and has not seen finish. A widget going away waits for them, so no
// worker still holds the project's files open (or recreates its folders) after the widget is gone.
template <typename Result>
class PendingReads {
public:
    PendingReads() = default;
    PendingReads(const PendingReads&) = delete;
    PendingReads& operator=(const PendingReads&) = delete;
    ~PendingReads() {
        for (QFuture<ProjectRead<Result>>& future : m_futures) future.waitForFinished();
    }

    void add(const QFuture<ProjectRead<Result>>& future) {
        m_futures.erase(std::remove_if(m_futures.begin(), m_futures.end(),
                                       [](const auto& running) { return running.isFinished(); }),
                        m_futures.end());
        m_futures.push_back(future);
    }

private:
    QList<QFuture<ProjectRead<Result>>> m_futures;
};

}  // namespace dmad::ui
