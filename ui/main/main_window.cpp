#include "ui/main/main_window.h"

#include "project/category_repository.h"
#include "project/defect_type_repository.h"
#include "project/image_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "resources/app_icon.h"
#include "training/engine_session.h"
#include "ui/browser/image_browser.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/canvas/tool_panel.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/app_settings.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/main/browser_scores.h"
#include "ui/main/heatmap_thumbnail.h"
#include "ui/main/labelling_actions.h"
#include "ui/main/main_actions.h"
#include "ui/main/model_menu.h"
#include "ui/main/project_jobs.h"
#include "ui/main/review_docks.h"
#include "ui/main/shown_image.h"
#include "ui/main/sign_in_flow.h"
#include "ui/main/start_page.h"
#include "ui/main/status_line.h"
#include "ui/main/window_layout.h"
#include "ui/review/session.h"
#include "ui/team/live_updates.h"
#include "ui/team/remote_training.h"
#include "ui/training/heatmap_controller.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"
#include "ui/training/training_options.h"
#include "ui/training/verdict_panel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace dmad::ui {

namespace {

using project::ProjectError;
using project::ProjectStore;
using Change = LabellingActions::Change;

const QString kLastFolderKey = QStringLiteral("mainWindow/lastFolder");

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    createParts();
    createDocks();
    m_actions = new MainActions(this);
    QVector<QDockWidget*> docks;
    for (QDockWidget* dock : findChildren<QDockWidget*>()) docks << dock;
    m_actions->buildMenus(m_canvas, docks);
    QMenu* model = m_actions->insertMenu(tr("&Model"));
    model->setObjectName(QStringLiteral("modelMenu"));
    m_modelMenu = new ModelMenu(this, model, m_trainingDock, m_training);
    m_status = new StatusLine(statusBar(), m_canvas, m_session);
    m_status->showImageStatus(m_shown->statusText());
    connectActions();
    connectParts();
    restoreWindowLayout(*this);
    applySettings();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() {
    m_jobs->cancel();
    m_jobs->waitForFinished();
    // The parts that hold references to the project go before it.
    m_review->close();
    handProjectToParts(nullptr);
}

// Every part that works on the project gets it here, or (nullptr) lets go of it.
void MainWindow::handProjectToParts(ProjectStore* store) {
    m_shown->setProject(store);
    m_labelling->setProject(store);
    m_modelMenu->setProject(store);
    m_jobs->setProject(store ? store->directory() : QString());
    m_heatmaps->setProject(store);
    // Loads the active model in the background (activeModelChanged() brings its scores and heatmaps);
    // nullptr cancels a running training and waits for it.
    m_training->setProject(store);
}

// ---- parts -----------------------------------------------------------------------------------------

void MainWindow::createParts() {
    m_session = new Session(this);
    m_engine = new training::EngineSession(this);
    m_training = new TrainingController(m_engine, this);
    m_canvas = new MaskCanvas(this);
    m_canvas->setObjectName(QStringLiteral("maskCanvas"));
    m_canvas->setReadOnly(true);
    m_startPage = new StartPage(this);
    m_startPage->setServerAvailable(project::ProjectStore::canConnectToServers());
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_startPage);
    m_centre->addWidget(m_canvas);
    setCentralWidget(m_centre);
    m_signIn = new SignInFlow(m_session, this, this);
}

void MainWindow::createDocks() {
    const auto dockFor = [this](QWidget* widget, const char* name, const QString& title, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(QLatin1String(name));
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    m_browser = new ImageBrowser(this);
    m_browser->setObjectName(QStringLiteral("imageBrowser"));
    QDockWidget* browserDock = dockFor(m_browser, "imagesDock", tr("Images"), Qt::LeftDockWidgetArea);
    auto* tools = new ToolPanel(m_canvas, this);
    tools->setObjectName(QStringLiteral("toolPanel"));
    QDockWidget* toolDock = dockFor(tools, "toolsDock", tr("Mask Tools"), Qt::RightDockWidgetArea);
    // The heatmap and its verdict sit beside the canvas, under the mask tools.
    m_verdictPanel = new VerdictPanel(this);
    m_verdictPanel->setObjectName(QStringLiteral("verdictPanel"));
    dockFor(m_verdictPanel, "heatmapDock", tr("Heatmap"), Qt::RightDockWidgetArea);
    m_heatmaps = new HeatmapController(m_engine, m_canvas, m_verdictPanel, this);
    m_shown = new ShownImage(m_canvas, m_heatmaps, this, this);
    m_labelling = new LabellingActions(m_canvas, m_shown, this, this);
    m_jobs = new ProjectJobs(m_shown, this, this);

    // The bottom docks sit between the side docks, so the browser keeps its full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_trainingDock = new TrainingDock(m_training, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    m_review = new ReviewDocks(this, m_trainingDock, m_session);
    m_trainingDock->raise();
    resizeDocks({browserDock, toolDock}, {400, 300}, Qt::Horizontal);  // 300: room for the sliders
    resizeDocks({m_trainingDock}, {260}, Qt::Vertical);
}

void MainWindow::connectActions() {
    const auto on = [this](const char* name, auto slot) {
        connect(m_actions->get(name), &QAction::triggered, this, slot);
    };
    on("newProject", [this] { chooseNewProject(); });
    on("openProject", [this] { chooseOpenProject(); });
    on("connectToServer", [this] { chooseServerProject(); });
    on("closeProject", [this] {
        if (m_shown->resolveUnsaved()) closeProject();
    });
    const auto job = [this](const char* name, void (ProjectJobs::*slot)()) {
        connect(m_actions->get(name), &QAction::triggered, m_jobs, slot);
    };
    job("importMvtec", &ProjectJobs::chooseImportMvtec);
    job("importFolder", &ProjectJobs::chooseImportFolder);
    job("exportMvtec", &ProjectJobs::chooseExportMvtec);
    job("exportCsv", &ProjectJobs::chooseExportCsv);
    on("checkFiles", [this] { m_jobs->checkFiles(); });
    job("backupProject", &ProjectJobs::chooseBackup);
    job("restoreProject", &ProjectJobs::chooseRestore);
    on("signOut", [this] { signOut(); });
    on("addUser", [this] {
        if (m_store) m_signIn->addUser(*m_store);
    });
    on("quit", [this] { close(); });
    const std::pair<const char*, Change> labels[] = {{"markNormal", Change::Normal},
                                                     {"markDefective", Change::Defective},
                                                     {"markUnlabelled", Change::Unlabelled},
                                                     {"toggleReviewed", Change::ToggleReviewed},
                                                     {"toggleSplit", Change::ToggleSplit}};
    for (const auto& [name, change] : labels) on(name, [this, change = change] { m_labelling->applyToShown(change); });
    on("saveMask", [this] {
        if (m_shown->saveMask()) m_status->showMessage(tr("Mask saved"), 3000);
    });
    on("newDefectType", [this] { m_labelling->addDefectType(); });
    on("preferences", [this] {
        auto* dialog = new SettingsDialog(AppSettings(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            applySettings();
            m_review->setDefaultThreshold(AppSettings().imageThreshold());
            reloadScores();
        });
        dialog->open();
    });
    on("about", [this] {
        auto* dialog = new AboutDialog(m_engineVersion, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    on("nextImage", [this] { m_browser->selectNext(); });
    on("previousImage", [this] { m_browser->selectPrevious(); });
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::chooseNewProject);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseOpenProject);
    connect(m_startPage, &StartPage::connectRequested, m_actions->get("connectToServer"), &QAction::trigger);
    connect(m_startPage, &StartPage::recentChosen, this, [this](const QString& folder) { openProject(folder); });
    connect(m_startPage, &StartPage::demoRequested, this, [this] { openDemoProject(m_demoProject, m_demoData); });
}

void MainWindow::connectParts() {
    connect(m_session, &Session::changed, this, [this] {
        applySettings();  // the audit log names who works
        updateActions();
    });
    connect(m_signIn, &SignInFlow::failed, this, &MainWindow::showError);
    connect(m_signIn, &SignInFlow::message, m_status, [this](const QString& text) { m_status->showMessage(text); });
    connect(m_browser, &ImageBrowser::currentImageChanged, this, &MainWindow::onCurrentImageChanged);
    connect(m_browser, &ImageBrowser::categoryChanged, m_review, &ReviewDocks::showCategory);
    connect(m_canvas->document(), &MaskDocument::dirtyChanged, this, [this] { updateTitle(); });

    connect(m_shown, &ShownImage::shown, this, [this](qint64 imageId) {
        m_review->followImage(imageId);
        updateActions();
        updateTitle();
        Q_EMIT imageShown(imageId);
    });
    connect(m_shown, &ShownImage::recordChanged, m_browser, &ImageBrowser::updateImage);
    connect(m_shown, &ShownImage::statusChanged, m_status, &StatusLine::showImageStatus);
    connect(m_shown, &ShownImage::maskSaved, this, &MainWindow::onImageChanged);
    connect(m_shown, &ShownImage::failed, this, &MainWindow::showError);
    connect(m_labelling, &LabellingActions::imageChanged, this, &MainWindow::onImageChanged);
    connect(m_labelling, &LabellingActions::failed, this, &MainWindow::showError);

    connect(m_review, &ReviewDocks::imageActivated, this, [this](qint64 imageId) { m_browser->selectImage(imageId); });
    connect(m_review, &ReviewDocks::labelsChanged, this, [this](const QVector<qint64>& imageIds) {
        for (const qint64 id : imageIds) onImageChanged(id);
    });
    connect(m_review, &ReviewDocks::thresholdChanged, this, [this] {
        reloadScores();
        m_heatmaps->refresh();  // the verdict and contour of the shown image follow the new threshold
    });

    connect(m_jobs, &ProjectJobs::reported, this, &MainWindow::showInformation);
    connect(m_jobs, &ProjectJobs::finished, this, [this](bool succeeded, bool projectChanged) {
        if (projectChanged) {
            reloadProject();
            m_review->projectContentsChanged();
        }
        if (succeeded) m_trainingDock->clearOutcome();  // an old "Failed" is not about these images
        Q_EMIT jobFinished(succeeded);
    });
    connect(m_jobs, &ProjectJobs::projectReady, this, [this](const QString& folder) { openProject(folder); });
    connect(m_jobs, &ProjectJobs::failed, this, &MainWindow::showError);

    connect(m_modelMenu, &ModelMenu::failed, this, &MainWindow::showError);
    connect(m_modelMenu, &ModelMenu::message, m_status, &StatusLine::showMessage);
    connect(m_training, &TrainingController::activeModelChanged, this, &MainWindow::onActiveModelChanged);
}

// ---- project ---------------------------------------------------------------------------------------

bool MainWindow::openProject(const QString& directory) {
    if (!m_shown->resolveUnsaved()) return false;
    try {
        return adoptProject(ProjectStore::open(directory));
    } catch (const ProjectError& error) {
        showError(tr("The project could not be opened.\n\n%1").arg(error.message()));
        return false;
    }
}

bool MainWindow::adoptProject(std::unique_ptr<ProjectStore> store, const std::optional<project::UserRecord>& signedIn) {
    if (!signedIn) m_signIn->prepare(*store);  // throws ProjectError, reported by the callers
    closeProject();
    if (signedIn)
        m_session->signIn(*signedIn);
    else if (!m_signIn->complete(*store))
        return false;  // nobody signed in: the project is not shown
    m_store = std::move(store);
    if (!m_store->isServer()) {
        RecentProjects::add(m_store->directory());
        QSettings().setValue(kLastFolderKey, QFileInfo(m_store->directory()).absolutePath());
    }
    applySettings();
    startTeamUpdates();  // a server project: other stations' changes, Retrain through the worker
    handProjectToParts(m_store.get());
    m_review->open(*m_store);
    m_centre->setCurrentWidget(m_canvas);
    reloadProject();
    m_review->showCategory(m_browser->currentCategory());
    updateActions();
    updateTitle();
    if (m_store->isReadOnly()) {
        m_status->showMessage(tr("The project is read-only here: you can look, but not change anything."), 0);
    }
    if (const QString recovered = m_store->recovery().summary(); !recovered.isEmpty()) {
        showInformation(tr("Project recovered"), recovered);
    }
    Q_EMIT projectOpened(m_store->directory());
    return true;
}

bool MainWindow::createProject(const QString& directory) {
    const bool made = !QFileInfo::exists(directory) && QDir().mkpath(directory);
    try {
        ProjectStore::create(directory);
    } catch (const ProjectError& error) {
        if (made) QDir().rmdir(directory);  // only the empty folder made here goes
        showError(tr("The project could not be created.\n\n%1").arg(error.message()));
        return false;
    }
    return openProject(directory);
}

void MainWindow::closeProject() {
    if (!m_store) return;
    {
        const QSignalBlocker blocker(m_browser);
        m_browser->clear();
    }
    m_review->close();
    handProjectToParts(nullptr);
    stopTeamUpdates();
    m_store.reset();
    m_startPage->refresh();
    m_centre->setCurrentWidget(m_startPage);
    updateActions();
    updateTitle();
    Q_EMIT projectClosed();
}

bool MainWindow::openDemoProject(const QString& directory, const QString& dataFolder) {
    if (ProjectStore::containsProject(directory)) return openProject(directory);
    return m_jobs->buildDemo(directory, dataFolder);
}

void MainWindow::setDemoLocation(const QString& projectFolder, const QString& dataFolder) {
    m_demoProject = projectFolder;
    m_demoData = dataFolder;
    m_startPage->setDemoAvailable(!projectFolder.isEmpty() && !dataFolder.isEmpty());
}

void MainWindow::reloadProject() {
    if (!m_store) return;
    try {
        m_browser->setImages(project::ImageRepository(*m_store).all(), project::CategoryRepository(*m_store).all(),
                             project::DefectTypeRepository(*m_store).all());
        reloadScores();
    } catch (const ProjectError& error) {
        showError(error.message());
        return;
    }
    const qint64 last = ShownImage::lastImageOf(m_store->directory());
    if (last >= 0 && m_browser->currentImageId() != last) m_browser->selectImage(last);
    if (m_browser->currentImageId() < 0) m_status->showImageStatus(m_shown->statusText());
}

void MainWindow::reloadScores() {
    if (!m_store) return;
    const double fallback = AppSettings().imageThreshold();
    try {
        const BrowserScores read = readBrowserScores(*m_store, fallback);
        m_browser->setThresholds(read.thresholds, fallback);
        m_browser->setScores(read.scores);
    } catch (const ProjectError& error) {
        showError(error.message());
    }
}

void MainWindow::applySettings() {
    const AppSettings settings;
    training::TrainingOptions options = trainingOptionsFromSettings(settings);
    options.userName = m_signIn->userName();
    m_training->setOptions(options);
    m_heatmaps->setDefaultThreshold(settings.imageThreshold());
    m_shown->setUserName(options.userName);
    m_labelling->setUserName(options.userName);
    m_modelMenu->setUserName(options.userName);
    m_jobs->setUserName(options.userName);
}

void MainWindow::onActiveModelChanged() {
    reloadScores();
    m_browser->setHeatmapRenderer(heatmapThumbnailRenderer(m_engine->activeModel()));
    m_review->projectContentsChanged();
}

// ---- the shown image and its labels ----------------------------------------------------------------

void MainWindow::onCurrentImageChanged(qint64 imageId) {
    if (imageId == m_shown->id() && imageId == m_shown->requestedId()) return;
    if (!m_shown->resolveUnsaved()) {
        const QSignalBlocker blocker(m_browser);
        m_browser->selectImage(m_shown->id());
        return;
    }
    m_shown->show(imageId);
}

void MainWindow::onImageChanged(qint64 imageId) {
    if (!m_store) return;
    if (imageId == m_shown->id()) {
        m_shown->reloadRecord();  // recordChanged() updates the browser
    } else {
        try {
            if (const auto image = project::ImageRepository(*m_store).byId(imageId)) m_browser->updateImage(*image);
        } catch (const ProjectError& error) {
            showError(error.message());
        }
    }
    m_review->imageLabelChanged(imageId);
    Q_EMIT imageLabelChanged(imageId);
}

// ---- sign-in ---------------------------------------------------------------------------------------

bool MainWindow::signIn(const QString& userName, project::UserRole role) {
    return m_signIn->signInForTests(userName, role, m_store.get());
}

void MainWindow::signOut() {
    if (!m_store || !m_session->isSignedIn() || !m_shown->resolveUnsaved()) return;
    if (!m_signIn->signOut(*m_store)) closeProject();
}

// ---- window ----------------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_shown->resolveUnsaved()) {
        event->ignore();
        return;
    }
    m_jobs->cancel();
    m_jobs->waitForFinished();
    saveWindowLayout(*this);
    event->accept();
}

void MainWindow::showError(const QString& message) {
    Q_EMIT errorShown(message);
    // Not exec(): an error must never stop the event loop that is delivering it (workers, tests).
    auto* box = new QMessageBox(QMessageBox::Warning, tr("DMAD Studio"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

void MainWindow::showInformation(const QString& title, const QString& message) {
    m_status->showMessage(message.section(QLatin1Char('\n'), 0, 0), 8000);
    auto* box = new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("informationMessage"));
    box->open();
}

void MainWindow::updateActions() {
    MainActions::State state;
    state.projectOpen = m_store != nullptr;
    state.imageShown = m_shown->id() >= 0;
    state.writable = m_store && !m_store->isReadOnly();
    state.mayReview = m_session->isSupervisor() || !m_session->isSignedIn();
    state.signedIn = m_session->isSignedIn();
    state.administrator = m_session->isAdministrator();
    m_actions->update(state);
}

void MainWindow::updateTitle() {
    // "[*]" is where Qt shows the unsaved-changes mark.
    const QString base = !m_store              ? QString()
                         : m_store->isServer() ? m_store->server()->displayName()
                                               : QDir(m_store->directory()).dirName();
    const QString name = m_store && m_store->isReadOnly() ? tr("%1 (read-only)").arg(base) : base;
    setWindowTitle(m_store ? tr("%1[*] - DMAD Studio").arg(name) : tr("DMAD Studio[*]"));
    setWindowModified(m_canvas->document()->isDirty());
}

// ---- dialogs ---------------------------------------------------------------------------------------

void MainWindow::chooseNewProject() {
    // A save dialog: the user may name a folder that does not exist yet (it is made).
    const QString folder =
        QFileDialog::getSaveFileName(this, tr("New project: name a new folder or choose an empty one"),
                                     QDir(QSettings().value(kLastFolderKey).toString()).filePath(tr("new-project")),
                                     QString(), nullptr, QFileDialog::ShowDirsOnly | QFileDialog::DontConfirmOverwrite);
    if (!folder.isEmpty()) createProject(folder);
}

void MainWindow::chooseOpenProject() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open project folder"),
                                                             QSettings().value(kLastFolderKey).toString());
    if (!folder.isEmpty()) openProject(folder);
}

}  // namespace dmad::ui
