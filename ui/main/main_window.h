// The workstation's main window: wires the project, browser, canvas, training, heatmap and review parts together.
#pragma once

#include "project/import_job.h"
#include "project/project_types.h"
#include "ui/main/image_loading.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class AnalysisPanel;
class AuditLogView;
class EngineSession;
class LiveUpdates;
class RemoteTraining;
class HeatmapController;
class ImageBrowser;
class MaskCanvas;
class ProjectJob;
class ReviewQueue;
class Session;
class ToolPanel;
class TrainingController;
class TrainingDock;
class VerdictPanel;
struct JobOutcome;

// Does little itself: project data comes from core/project, pixels from ui/canvas, the list from
// ui/browser, training and heatmaps from ui/training, the review queue, analysis and audit log from
// ui/review; long jobs run in ProjectJob and images load on a worker (QFutureWatcher). Every error
// reaches the user as a message box and errorShown(); nothing painted is lost when the user moves
// to another image or closes the window (autosave, or a question when autosave is off).
//
// The review widgets keep references to the project: they are made when a project opens and
// deleted before it closes; their docks stay (with a note) so the saved dock layout holds.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each returns false (after telling the user why) when it could not be done.
    bool openProject(const QString& directory);
    // Shows a project already open (a folder's, or a server's from the connection dialog).
    // `signedIn`: the account the server connection already signed in (no second sign-in).
    bool adoptProject(std::unique_ptr<project::ProjectStore> store,
                      const std::optional<project::UserRecord>& signedIn = std::nullopt);
    bool createProject(const QString& directory);
    void closeProject();
    // Opens the demo project in `directory`, building it from `dataFolder` first when absent.
    bool openDemoProject(const QString& directory, const QString& dataFolder);

    // The long jobs; they run on a worker thread and end in jobFinished().
    bool importMvtecFolder(const QString& folder);
    bool importImageFolder(const QString& folder);
    bool exportMvtec(const QString& folder);
    bool exportCsv(const QString& file);
    bool checkFiles();
    // A consistent backup while the project stays open; a restore goes into a new folder and opens it.
    bool backupProject(const QString& destination);
    bool restoreProject(const QString& backupFolder, const QString& newProjectFolder);

    bool markNormal();
    bool markDefective();
    bool markUnlabelled();
    bool toggleReviewed();
    bool toggleSplit();
    bool saveMask();
    // Saves or asks about unsaved mask edits; false when the user chose to stay.
    bool resolveUnsavedMask();

    project::ProjectStore* project() const { return m_store.get(); }
    ImageBrowser* browser() const { return m_browser; }
    MaskCanvas* canvas() const { return m_canvas; }
    qint64 shownImageId() const { return m_shownId; }
    bool isJobRunning() const;
    void waitForJob();
    QAction* action(const QString& objectName) const;

    // Who works. With setSignInRequired(true) (the application) opening a project asks for a name and
    // password (or, in a project without an administrator, creates one); the role is the account's.
    // signIn() is for tests only: it signs in without a password, creating a missing account with
    // `role`, and never changes a stored account's role. Sign Out asks for the next user.
    Session* session() const { return m_session; }
    void setSignInRequired(bool required) { m_signInRequired = required; }
    bool signIn(const QString& userName, project::UserRole role);
    bool signInInteractively();
    void signOut();
    void addUser();
    // Shows the thresholds in force next to the ones the version suggests; Yes activates it.
    void activateVersion(qint64 modelId);
    // Shown in the About box (libtorch's version; the dialogs never include torch).
    void setEngineVersion(const QString& version) { m_engineVersion = version; }

    TrainingController* trainingController() const { return m_training; }
    TrainingDock* trainingDock() const { return m_trainingDock; }
    HeatmapController* heatmapController() const { return m_heatmaps; }
    VerdictPanel* verdictPanel() const { return m_verdictPanel; }
    // Null while no project is open.
    ReviewQueue* reviewQueue() const { return m_queue; }
    AnalysisPanel* analysisPanel() const { return m_analysis; }
    AuditLogView* auditLog() const { return m_audit; }
    QDockWidget* dock(const QString& objectName) const;
    // For later parts (training, review): their own menu, placed before Help.
    QMenu* insertMenu(const QString& title);

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
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void createModelMenu();
    void createReviewDocks();
    void wireTraining();
    void openReviewWidgets();
    void closeReviewWidgets();
    void applyTrainingSettings();
    void onActiveModelChanged();
    void reloadScores();
    void rebuildVersionsMenu();
    void onBrowserCategoryChanged(std::optional<qint64> categoryId);
    void onReviewLabelsChanged(const QVector<qint64>& imageIds);
    void updateUserStatus();
    void restoreWindowState();
    void updateActions();
    void updateTitle();
    void updateImageStatus();

    void chooseNewProject();
    void chooseOpenProject();
    void chooseServerProject();  // main_window_team.cpp, as the two below
    void startTeamUpdates();
    void stopTeamUpdates();
    bool resolveMaskConflict(const project::ImageRecord& image, const QString& detail);
    void chooseImportMvtec();
    void chooseImportFolder();
    void chooseExportMvtec();
    void chooseExportCsv();
    void chooseBackupProject();
    void chooseRestoreProject();
    void addDefectType();
    void showPreferences();
    void showAbout();

    void reloadProject();
    void reloadDefectTypes();
    void onCurrentImageChanged(qint64 imageId);
    void requestImage(qint64 imageId);
    void onImageLoaded();
    void refreshImage(qint64 imageId);
    std::optional<project::ImageRecord> shownImage() const;
    std::optional<qint64> chosenDefectType() const;
    QString userName() const;
    bool runJob(const QString& title,
                std::function<JobOutcome(const project::ProgressCallback&, const project::CancelFlag*)> work,
                bool reloadAfter);
    bool requireProject();
    void signInForTesting(project::ProjectStore& store);
    void showError(const QString& message);
    void showInformation(const QString& title, const QString& message);

    std::unique_ptr<project::ProjectStore> m_store;
    std::unique_ptr<LiveUpdates> m_live;       // a server project only
    std::unique_ptr<RemoteTraining> m_remote;  // a server project only
    int m_requestedMaskVersion = 0;            // of the image being loaded
    int m_shownMaskVersion = 0;                // of the mask on the canvas: a save over a newer one is a conflict
    ImageBrowser* m_browser = nullptr;
    MaskCanvas* m_canvas = nullptr;
    ToolPanel* m_toolPanel = nullptr;
    QFutureWatcher<LoadedImage> m_loader;
    qint64 m_requestedId = -1;
    qint64 m_shownId = -1;
    ProjectJob* m_job = nullptr;

    Session* m_session = nullptr;
    bool m_signInRequired = false;
    QString m_testUser;  // signIn()'s user, looked up in each project opened
    project::UserRole m_testRole = project::UserRole::Labeller;
    EngineSession* m_engine = nullptr;
    TrainingController* m_training = nullptr;
    TrainingDock* m_trainingDock = nullptr;
    HeatmapController* m_heatmaps = nullptr;
    VerdictPanel* m_verdictPanel = nullptr;
    QDockWidget* m_reviewDock = nullptr;
    QDockWidget* m_analysisDock = nullptr;
    QDockWidget* m_auditDock = nullptr;
    ReviewQueue* m_queue = nullptr;
    AnalysisPanel* m_analysis = nullptr;
    AuditLogView* m_audit = nullptr;
    QString m_engineVersion;

    QMenu* m_helpMenu = nullptr;
    QMenu* m_versionsMenu = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_imageStatus = nullptr;
    QLabel* m_zoomStatus = nullptr;
    QLabel* m_cursorStatus = nullptr;
};

}  // namespace dmad::ui
