// The main window's part for a project on a server: connecting, other stations' changes, Retrain on the worker.
#include "project/project_error.h"
#include "project/project_store.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/main/main_window.h"
#include "ui/main/model_menu.h"
#include "ui/main/shown_image.h"
#include "ui/main/status_line.h"
#include "ui/team/live_updates.h"
#include "ui/team/remote_training.h"
#include "ui/team/server_connect_dialog.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"

namespace dmad::ui {

void MainWindow::chooseServerProject() {
    if (!m_shown->resolveUnsaved()) return;
    ServerConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    auto store = dialog.takeStore();
    if (!store) return;
    try {
        const bool encrypted = store->isEncrypted();
        const QString name = store->server()->displayName();
        adoptProject(std::move(store), dialog.signedInAccount());
        m_status->showMessage(encrypted ? tr("Connected to %1 over TLS (encrypted).").arg(name)
                                        : tr("Connected to %1 without TLS: the server offers none (or this is "
                                             "its local socket).")
                                              .arg(name),
                              10000);
    } catch (const project::ProjectError& error) {
        showError(tr("The project could not be opened.\n\n%1").arg(error.message()));
    }
}

// Rows another station changed are read again one by one; the project is never reloaded as a whole.
void MainWindow::startTeamUpdates() {
    stopTeamUpdates();
    if (!m_store || !m_store->isServer()) return;
    m_live = std::make_unique<LiveUpdates>(*m_store);
    connect(m_live.get(), &LiveUpdates::imagesChanged, this, [this](const QSet<qint64>& ids) {
        for (const qint64 id : ids) onImageChanged(id);
        // The image on the canvas shows the other station's mask unless this one is being painted on
        // (then its save asks: ShownImage::resolveMaskConflict).
        if (ids.contains(m_shown->id()) && !m_canvas->document()->isDirty()) m_shown->show(m_shown->id());
    });
    connect(m_live.get(), &LiveUpdates::thresholdsChanged, this, &MainWindow::reloadScores);
    connect(m_live.get(), &LiveUpdates::scoresChanged, this, &MainWindow::reloadScores);
    connect(m_live.get(), &LiveUpdates::modelsChanged, m_modelMenu, &ModelMenu::rebuild);
    connect(m_live.get(), &LiveUpdates::activeModelChanged, this, [this](qint64, int version) {
        // Loads the version from the database's bytes; activeModelChanged() then brings its scores.
        m_training->setProject(m_store.get());
        m_status->showMessage(
            tr("Model version %1 is now active (changed on another station); it is loaded.").arg(version), 10000);
    });

    m_remote = std::make_unique<RemoteTraining>(*m_store, *m_live);
    m_training->setRemoteTrainer([this](bool incremental) { m_remote->request(m_training->options(), incremental); });
    // The training dock shows the request as it shows a run here; the status bar says it in one line.
    connect(m_remote.get(), &RemoteTraining::queued, m_trainingDock, &TrainingDock::showRemoteQueued);
    connect(m_remote.get(), &RemoteTraining::progress, m_trainingDock, &TrainingDock::showRemoteProgress);
    connect(m_remote.get(), &RemoteTraining::failed, m_trainingDock, &TrainingDock::showRemoteFailed);
    connect(m_remote.get(), &RemoteTraining::queued, this, [this](qint64 id) {
        m_status->showMessage(tr("Training request %1 is queued for the team's worker.").arg(id), 0);
    });
    connect(m_remote.get(), &RemoteTraining::progress, this,
            [this](const QString& stage, double fraction, const QString& worker) {
                m_status->showMessage(
                    tr("Worker %1: %2 %3%").arg(worker, TrainingDock::stageTitle(stage)).arg(qRound(fraction * 100.0)),
                    0);
            });
    connect(m_remote.get(), &RemoteTraining::finished, this, [this](qint64, const QString& message) {
        m_trainingDock->showRemoteFinished(message);
        m_status->showMessage(tr("The worker has trained: %1.").arg(message), 10000);
    });
    connect(m_remote.get(), &RemoteTraining::failed, this, [this](const QString& message) { showError(message); });
}

void MainWindow::stopTeamUpdates() {
    m_training->setRemoteTrainer({});
    m_remote.reset();
    m_live.reset();
}

}  // namespace dmad::ui
