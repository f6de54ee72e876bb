// One long project job (import, export, file check, demo) on a worker thread, with progress and Cancel.
#pragma once

#include "project/import_job.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace dmad::ui {

struct JobOutcome {
    QString summary;  // for the user, when it worked
    QString error;    // for the user, when it did not
    bool cancelled = false;
    qint64 elapsedMs = 0;  // filled in by ProjectJob
};

// The work runs on the global thread pool and must open its own ProjectStore there (a database
// connection belongs to one thread). A window-modal progress dialog keeps the user from editing the
// project meanwhile; Cancel sets the flag the work checks between files.
class ProjectJob : public QObject {
    Q_OBJECT

public:
    using Work = std::function<JobOutcome(const project::ProgressCallback&, const project::CancelFlag*)>;

    ProjectJob(const QString& title, Work work, QWidget* dialogParent);
    ~ProjectJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until the job ended (tests, and closing the window while a job runs).
    void waitForFinished();

Q_SIGNALS:
    void progressed(int done, int total, const QString& item);
    void finished(const dmad::ui::JobOutcome& outcome);

private:
    QString m_title;
    Work m_work;
    std::shared_ptr<project::CancelFlag> m_cancel;
    QFutureWatcher<JobOutcome> m_watcher;
    QProgressDialog* m_dialog;
};

}  // namespace dmad::ui
