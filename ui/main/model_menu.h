// The Model menu: Train / Retrain / Cancel with their shortcuts, and the versions to activate (with a question).
#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class TrainingController;
class TrainingDock;

// It also brings the training dock forward when a run starts and reports how runs end.
// Activating a version shows the thresholds in force next to the ones the version suggests; Yes
// hands it to the training controller (which records the activation through core/project).
class ModelMenu : public QObject {
    Q_OBJECT

public:
    // Adds its actions to `window` (their shortcuts work while the dock is hidden) and fills `menu`.
    ModelMenu(QMainWindow* window, QMenu* menu, TrainingDock* dock, TrainingController* training);

    void setProject(project::ProjectStore* store) { m_store = store; }
    void setUserName(const QString& name) { m_userName = name; }
    QMenu* versionsMenu() const { return m_versions; }

public Q_SLOTS:
    void rebuild();
    void activateVersion(qint64 modelId);

Q_SIGNALS:
    void failed(const QString& message);
    // A line for the status bar about the training run (started, done, cancelled); 0: until replaced.
    void message(const QString& text, int timeoutMs);

private:
    QMainWindow* m_window;
    TrainingDock* m_dock;
    TrainingController* m_training;
    QMenu* m_versions;
    project::ProjectStore* m_store = nullptr;
    QString m_userName;
};

}  // namespace dmad::ui
