// The workstation's main window: a frame that creates the parts, lays them out and wires their signals.
#pragma once

#include "project/project_types.h"
#include "ui/main/main_actions.h"
#include "ui/main/review_docks.h"
#include "ui/main/shown_image.h"
#include "ui/main/sign_in_flow.h"

#include <QDockWidget>
#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::training {
class EngineSession;
}

namespace dmad::ui {

class AnalysisPanel;
class AuditLogView;
class LiveUpdates;
class RemoteTraining;
class HeatmapController;
class ImageBrowser;
class LabellingActions;
class MaskCanvas;
class ModelMenu;
class ProjectJobs;
class ReviewQueue;
class Session;
class StartPage;
class StatusLine;
class TrainingController;
class TrainingDock;
class VerdictPanel;

// The frame owns the open project and does little else: the shown image (ShownImage), label changes
// (LabellingActions), long jobs (ProjectJobs), the review docks (ReviewDocks), the Model menu
// (ModelMenu), sign-in (SignInFlow) and the actions (MainActions) each keep their own state and
// report through signals, which this class connects. Every error reaches the user as a message box
// and errorShown(); nothing painted is lost when the user moves on (autosave, or a question).
// While no project is open the start page takes the canvas' place.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each returns false (after telling the user why) when it could not be done.
    bool openProject(const QString& directory);
    // Shows a project already open (a folder's, or a server's from the connection dialog).
    // `signedIn`: the account the server connection already signed in (no second sign-in). Throws
    // ProjectError when the project cannot be prepared for the user; returns false when nobody signed in.
    bool adoptProject(std::unique_ptr<project::ProjectStore> store,
                      const std::optional<project::UserRecord>& signedIn = std::nullopt);
    // Creates the folder when it is missing (an existing one must be empty), then opens the project.
    bool createProject(const QString& directory);
    void closeProject();
    // Opens the demo project in `directory`, building it from `dataFolder` first when absent.
    bool openDemoProject(const QString& directory, const QString& dataFolder);
    // Where the start page's demo button builds and opens the demo; empty: no demo offered.
    void setDemoLocation(const QString& projectFolder, const QString& dataFolder);

    // Import, export, file check, backup and restore of the open project; each ends in jobFinished().
    ProjectJobs* jobs() const { return m_jobs; }

    project::ProjectStore* project() const { return m_store.get(); }
    ImageBrowser* browser() const { return m_browser; }
    MaskCanvas* canvas() const { return m_canvas; }
    ShownImage* shownImage() const { return m_shown; }
    qint64 shownImageId() const { return m_shown->id(); }
    QAction* action(const QString& objectName) const { return findChild<QAction*>(objectName); }
    StartPage* startPage() const { return m_startPage; }

    // Who works: see SignInFlow. signIn() is for tests only (no password).
    Session* session() const { return m_session; }
    void setSignInRequired(bool required) { m_signIn->setSignInRequired(required); }
    bool signIn(const QString& userName, project::UserRole role);
    void signOut();
    // Shown in the About box (libtorch's version; the dialogs never include torch).
    void setEngineVersion(const QString& version) { m_engineVersion = version; }

    TrainingController* trainingController() const { return m_training; }
    TrainingDock* trainingDock() const { return m_trainingDock; }
    HeatmapController* heatmapController() const { return m_heatmaps; }
    VerdictPanel* verdictPanel() const { return m_verdictPanel; }
    ReviewQueue* reviewQueue() const { return m_review->queue(); }  // null while no project is open
    AnalysisPanel* analysisPanel() const { return m_review->analysis(); }
    AuditLogView* auditLog() const { return m_review->audit(); }
    QDockWidget* dock(const QString& objectName) const { return findChild<QDockWidget*>(objectName); }
    // For later parts: their own menu, placed before Help.
    QMenu* insertMenu(const QString& title) { return m_actions->insertMenu(title); }

Q_SIGNALS:
    void projectOpened(const QString& directory);
    void projectClosed();
    void imageShown(qint64 imageId);  // the canvas shows this image (and its mask) now
    void imageLabelChanged(qint64 imageId);
    void errorShown(const QString& message);
    void jobFinished(bool succeeded);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createParts();
    void handProjectToParts(project::ProjectStore* store);
    void createDocks();
    void connectActions();
    void connectParts();
    void updateActions();
    void updateTitle();
    void reloadProject();
    void reloadScores();
    void applySettings();
    void onActiveModelChanged();
    void onCurrentImageChanged(qint64 imageId);
    void onImageChanged(qint64 imageId);
    void chooseNewProject();
    void chooseOpenProject();
    void chooseServerProject();  // main_window_team.cpp, as the two below
    void startTeamUpdates();
    void stopTeamUpdates();
    void showError(const QString& message);
    void showInformation(const QString& title, const QString& message);

    std::unique_ptr<project::ProjectStore> m_store;
    std::unique_ptr<LiveUpdates> m_live;       // a server project only
    std::unique_ptr<RemoteTraining> m_remote;  // a server project only
    QStackedWidget* m_centre = nullptr;
    StartPage* m_startPage = nullptr;
    ImageBrowser* m_browser = nullptr;
    MaskCanvas* m_canvas = nullptr;
    Session* m_session = nullptr;
    training::EngineSession* m_engine = nullptr;
    TrainingController* m_training = nullptr;
    TrainingDock* m_trainingDock = nullptr;
    HeatmapController* m_heatmaps = nullptr;
    VerdictPanel* m_verdictPanel = nullptr;
    MainActions* m_actions = nullptr;
    ShownImage* m_shown = nullptr;
    LabellingActions* m_labelling = nullptr;
    ProjectJobs* m_jobs = nullptr;
    ReviewDocks* m_review = nullptr;
    ModelMenu* m_modelMenu = nullptr;
    SignInFlow* m_signIn = nullptr;
    QString m_engineVersion;
    QString m_demoProject;
    QString m_demoData;
    StatusLine* m_status = nullptr;
};

}  // namespace dmad::ui
