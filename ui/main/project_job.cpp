#include "ui/main/project_job.h"

#include "project/project_error.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent>

namespace dmad::ui {

ProjectJob::ProjectJob(const QString& title, Work work, QWidget* dialogParent)
    : QObject(dialogParent), m_title(title), m_work(std::move(work)),
      m_cancel(std::make_shared<project::CancelFlag>(false)), m_dialog(new QProgressDialog(dialogParent)) {
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, 0);
    m_dialog->reset();  // shown only once start() runs
    connect(m_dialog, &QProgressDialog::canceled, this, &ProjectJob::cancel);
    connect(this, &ProjectJob::progressed, m_dialog, [this](int done, int total, const QString& item) {
        m_dialog->setMaximum(total);
        m_dialog->setValue(done);
        m_dialog->setLabelText(item.isEmpty() ? m_title : tr("%1\n%2").arg(m_title, QFileInfo(item).fileName()));
    });
    connect(&m_watcher, &QFutureWatcher<JobOutcome>::finished, this, [this] {
        m_dialog->reset();
        m_dialog->hide();
        Q_EMIT finished(m_watcher.result());
    });
}

ProjectJob::~ProjectJob() {
    cancel();
    m_watcher.waitForFinished();
}

void ProjectJob::start() {
    m_cancel->store(false);
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);
    // Progress is reported at most every 50 ms: thousands of queued signals would only slow the GUI.
    const auto report = [this, timer = std::make_shared<QElapsedTimer>()](int done, int total, const QString& item) {
        if (timer->isValid() && timer->elapsed() < 50 && done != total) return;
        timer->start();
        Q_EMIT progressed(done, total, item);
    };
    m_watcher.setFuture(QtConcurrent::run([work = m_work, cancel = m_cancel, report]() -> JobOutcome {
        QElapsedTimer timer;
        timer.start();
        JobOutcome outcome;
        try {
            outcome = work(report, cancel.get());
        } catch (const project::ProjectError& error) {
            outcome.error = error.message();
        } catch (const std::exception& error) {
            outcome.error = QString::fromLocal8Bit(error.what());
        }
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }));
}

void ProjectJob::cancel() {
    m_cancel->store(true);
}

void ProjectJob::waitForFinished() {
    m_watcher.waitForFinished();
}

}  // namespace dmad::ui
