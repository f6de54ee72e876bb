// The main window's part for a project on a server: connecting, other stations' changes, Retrain on the worker.
#include "project/mask_repository.h"
#include "project/project_store.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/main/main_window.h"
#include "ui/team/conflict_question.h"
#include "ui/team/live_updates.h"
#include "ui/team/remote_training.h"
#include "ui/team/server_connect_dialog.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"

#include <QFileInfo>
#include <QStatusBar>

namespace dmad::ui {

void MainWindow::chooseServerProject() {
    if (!resolveUnsavedMask()) return;
    ServerConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (auto store = dialog.takeStore()) adoptProject(std::move(store), dialog.signedInAccount());
}

// Rows another station changed are read again one by one; the project is never reloaded as a whole.
void MainWindow::startTeamUpdates() {
    stopTeamUpdates();
    if (!m_store || !m_store->isServer()) return;
    m_live = std::make_unique<LiveUpdates>(*m_store);
    connect(m_live.get(), &LiveUpdates::imagesChanged, this, [this](const QSet<qint64>& ids) {
        for (const qint64 id : ids) refreshImage(id);
        // The image on the canvas shows the other station's mask unless this one is being painted on
        // (then its save asks: resolveMaskConflict).
        if (ids.contains(m_shownId) && !m_canvas->document()->isDirty()) requestImage(m_shownId);
    });
    connect(m_live.get(), &LiveUpdates::thresholdsChanged, this, &MainWindow::reloadScores);
    connect(m_live.get(), &LiveUpdates::scoresChanged, this, &MainWindow::reloadScores);
    connect(m_live.get(), &LiveUpdates::modelsChanged, this, &MainWindow::rebuildVersionsMenu);
    connect(m_live.get(), &LiveUpdates::activeModelChanged, this, [this](qint64, int version) {
        // Loads the version from the database's bytes; activeModelChanged() then brings its scores.
        m_training->setProject(m_store.get());
        statusBar()->showMessage(
            tr("Model version %1 is now active (changed on another station); it is loaded.").arg(version), 10000);
    });

    m_remote = std::make_unique<RemoteTraining>(*m_store, *m_live);
    m_training->setRemoteTrainer([this](bool incremental) { m_remote->request(m_training->options(), incremental); });
    connect(m_remote.get(), &RemoteTraining::queued, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Training request %1 is queued for the team's worker.").arg(id));
    });
    connect(m_remote.get(), &RemoteTraining::progress, this,
            [this](const QString& stage, double fraction, const QString& worker) {
                statusBar()->showMessage(tr("Worker %1: %2 %3%").arg(worker, stage).arg(qRound(fraction * 100.0)));
            });
    connect(m_remote.get(), &RemoteTraining::finished, this, [this](qint64, const QString& message) {
        statusBar()->showMessage(tr("The worker has trained: %1.").arg(message), 10000);
    });
    connect(m_remote.get(), &RemoteTraining::failed, this, [this](const QString& message) {
        statusBar()->clearMessage();
        showError(message);
    });
}

bool MainWindow::resolveMaskConflict(const project::ImageRecord& image, const QString& detail) {
    switch (askAboutConflict(this, tr("the mask of %1").arg(QFileInfo(image.path).fileName()), detail)) {
    case ConflictChoice::Overwrite: {
        const auto current = project::MaskRepository(*m_store).forImage(image.id);
        m_shownMaskVersion = current ? current->rowVersion : 0;  // theirs, knowingly replaced
        return saveMask();
    }
    case ConflictChoice::TakeTheirs:
        m_canvas->document()->setClean();
        requestImage(image.id);
        return true;
    case ConflictChoice::KeepEditing: break;
    }
    return false;
}

void MainWindow::stopTeamUpdates() {
    m_training->setRemoteTrainer({});
    m_remote.reset();
    m_live.reset();
}

}  // namespace dmad::ui
