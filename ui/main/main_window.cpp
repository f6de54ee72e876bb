#include "ui/main/main_window.h"

#include "project/access.h"
#include "project/accounts.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/csv_export.h"
#include "project/defect_type_repository.h"
#include "project/demo_project.h"
#include "project/file_check.h"
#include "project/folder_import.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/mvtec_export.h"
#include "project/mvtec_import.h"
#include "project/project_backup.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/supervision.h"
#include "project/user_repository.h"
#include "ui/browser/image_browser.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/canvas/tool_panel.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/app_settings.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/main/heatmap_thumbnail.h"
#include "ui/main/project_job.h"
#include "ui/review/account_dialog.h"
#include "ui/review/analysis_panel.h"
#include "ui/review/audit_log_view.h"
#include "ui/review/login_dialog.h"
#include "ui/review/review_queue.h"
#include "ui/review/session.h"
#include "ui/review/verdict.h"
#include "ui/team/live_updates.h"
#include "ui/team/remote_training.h"
#include "ui/training/engine_session.h"
#include "ui/training/heatmap_controller.h"
#include "ui/training/model_versions_model.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"
#include "ui/training/training_options.h"
#include "ui/training/verdict_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QtConcurrent>

namespace dmad::ui {

namespace {

using project::ImageStatus;
using project::ProjectError;
using project::ProjectStore;

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastFolderKey = QStringLiteral("mainWindow/lastFolder");

// Per project, so that reopening a project returns to the image the user was working on.
QString lastImageKey(const QString& projectDirectory) {
    const QByteArray hash = QCryptographicHash::hash(projectDirectory.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("projects/%1/lastImage").arg(QString::fromLatin1(hash.toHex().left(16)));
}

QByteArray encodePng(const QImage& labels) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    labels.save(&buffer, "PNG");
    return bytes;
}

QString importSummary(const project::ImportReport& report) {
    QString text = MainWindow::tr("%n image(s) and ", nullptr, report.imagesAdded) +
                   MainWindow::tr("%n mask(s) imported.", nullptr, report.masksAdded);
    if (report.skippedExisting > 0) {
        text += QLatin1Char(' ') +
                MainWindow::tr("%n image(s) were already in the project.", nullptr, report.skippedExisting);
    }
    if (!report.problems.isEmpty()) {
        text += QLatin1Char('\n') +
                MainWindow::tr("%n file(s) were not imported:", nullptr, static_cast<int>(report.problems.size()));
        text += QLatin1Char('\n') + report.problems.mid(0, 20).join(QLatin1Char('\n'));
    }
    return text;
}

JobOutcome importOutcome(const project::ImportReport& report) {
    if (report.cancelled) return {MainWindow::tr("Import cancelled: nothing was imported."), QString(), true};
    return {importSummary(report), QString(), false};
}

QString roleText(project::UserRole role) {
    switch (role) {
    case project::UserRole::Labeller: return MainWindow::tr("labeller");
    case project::UserRole::Supervisor: return MainWindow::tr("supervisor");
    case project::UserRole::Administrator: return MainWindow::tr("administrator");
    }
    return {};
}

QString thresholdText(const std::optional<project::CategoryThreshold>& threshold) {
    if (!threshold) return MainWindow::tr("none");
    return threshold->source == project::CategoryThreshold::Source::Supervisor
               ? MainWindow::tr("%1 (set by a supervisor)").arg(threshold->value, 0, 'f', 3)
               : MainWindow::tr("%1 (suggested)").arg(threshold->value, 0, 'f', 3);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    m_session = new Session(this);
    m_engine = new EngineSession(this);
    m_training = new TrainingController(m_engine, this);
    m_canvas = new MaskCanvas(this);
    m_canvas->setObjectName(QStringLiteral("maskCanvas"));
    m_canvas->setReadOnly(true);
    setCentralWidget(m_canvas);
    createActions();
    createDocks();
    createReviewDocks();
    createMenus();
    createModelMenu();
    createStatusBar();
    wireTraining();
    connect(m_session, &Session::refused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_session, &Session::changed, this, &MainWindow::updateUserStatus);
    connect(&m_loader, &QFutureWatcher<LoadedImage>::finished, this, &MainWindow::onImageLoaded);
    connect(m_browser, &ImageBrowser::currentImageChanged, this, &MainWindow::onCurrentImageChanged);
    connect(m_canvas->document(), &MaskDocument::dirtyChanged, this, [this] { updateTitle(); });
    restoreWindowState();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() {
    // Focus moves while the children go (a closing message box): the focus handler must not run then.
    disconnect(qApp, nullptr, this, nullptr);
    m_loader.waitForFinished();
    if (m_job) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    // The parts that hold references to the project go before it.
    closeReviewWidgets();
    m_heatmaps->setProject(nullptr);
    m_training->setProject(nullptr);
}

// ---- project ---------------------------------------------------------------------------------------

bool MainWindow::openProject(const QString& directory) {
    if (!resolveUnsavedMask()) return false;
    std::unique_ptr<ProjectStore> store;
    try {
        store = ProjectStore::open(directory);
    } catch (const ProjectError& error) {
        showError(tr("The project could not be opened.\n\n%1").arg(error.message()));
        return false;
    }
    return adoptProject(std::move(store));
}

bool MainWindow::adoptProject(std::unique_ptr<ProjectStore> store, const std::optional<project::UserRecord>& signedIn) {
    try {
        if (store->isReadOnly() || signedIn) {
            // Nothing can be recorded in a read-only project (not even a sign-in); it is opened to look at.
        } else if (!m_testUser.isEmpty()) {
            signInForTesting(*store);
        } else if (!m_signInRequired) {
            // Embedded windows (tests, tools) without a sign-in work as a labeller under the settings' name.
            project::UserRepository(*store).ensure(AppSettings().userName(), project::UserRole::Labeller);
        }
    } catch (const ProjectError& error) {
        showError(tr("The project could not be opened.\n\n%1").arg(error.message()));
        return false;
    }
    closeProject();
    m_store = std::move(store);
    if (signedIn) {
        m_session->signIn(*signedIn);
    } else if (m_signInRequired && m_testUser.isEmpty() && !m_store->isReadOnly() && !signInInteractively()) {
        m_store.reset();  // nobody signed in: the project is not shown
        return false;
    }
    if (!m_store->isServer()) QSettings().setValue(kLastFolderKey, QFileInfo(m_store->directory()).absolutePath());
    applyTrainingSettings();
    startTeamUpdates();  // a server project: other stations' changes, Retrain through the worker
    m_heatmaps->setProject(m_store.get());
    // Loads the active model in the background; activeModelChanged() brings its scores and heatmaps.
    m_training->setProject(m_store.get());
    openReviewWidgets();
    reloadProject();
    updateActions();
    updateTitle();
    if (m_store->isReadOnly()) {
        statusBar()->showMessage(tr("The project is read-only here: you can look, but not change anything."));
    }
    if (const QString recovered = m_store->recovery().summary(); !recovered.isEmpty()) {
        showInformation(tr("Project recovered"), recovered);
    }
    Q_EMIT projectOpened(m_store->directory());
    return true;
}

bool MainWindow::createProject(const QString& directory) {
    try {
        ProjectStore::create(directory);
    } catch (const ProjectError& error) {
        showError(tr("The project could not be created.\n\n%1").arg(error.message()));
        return false;
    }
    return openProject(directory);
}

void MainWindow::closeProject() {
    if (!m_store) return;
    m_loader.waitForFinished();
    m_requestedId = -1;
    m_shownId = -1;
    m_canvas->setImage(QImage());
    m_canvas->setReadOnly(true);
    {
        const QSignalBlocker blocker(m_browser);
        m_browser->clear();
    }
    closeReviewWidgets();
    m_heatmaps->clear();
    m_heatmaps->setProject(nullptr);
    m_training->setProject(nullptr);  // cancels a running training and waits for it
    stopTeamUpdates();
    m_store.reset();
    updateActions();
    updateTitle();
    updateImageStatus();
    Q_EMIT projectClosed();
}

bool MainWindow::openDemoProject(const QString& directory, const QString& dataFolder) {
    if (ProjectStore::containsProject(directory)) return openProject(directory);
    const bool started = runJob(
        tr("Building the demo project"),
        [directory, dataFolder](const project::ProgressCallback& progress, const project::CancelFlag* cancel) {
            const project::ImportReport report = project::createDemoProject(directory, dataFolder, progress, cancel);
            if (report.cancelled) {
                return JobOutcome{tr("The demo project was not built."), QString(), true};
            }
            return importOutcome(report);
        },
        false);
    if (!started) return false;
    connect(m_job, &ProjectJob::finished, this, [this, directory](const JobOutcome& outcome) {
        if (outcome.error.isEmpty() && !outcome.cancelled) openProject(directory);
    });
    return true;
}

void MainWindow::reloadProject() {
    if (!m_store) return;
    try {
        const QVector<project::ImageRecord> images = project::ImageRepository(*m_store).all();
        const QVector<project::Category> categories = project::CategoryRepository(*m_store).all();
        const QVector<project::DefectType> types = project::DefectTypeRepository(*m_store).all();
        m_browser->setImages(images, categories, types);
        reloadScores();
        reloadDefectTypes();
        const QVariant last = QSettings().value(lastImageKey(m_store->directory()));
        if (last.isValid() && m_browser->currentImageId() != last.toLongLong())
            m_browser->selectImage(last.toLongLong());
    } catch (const ProjectError& error) {
        showError(error.message());
    }
}

void MainWindow::reloadDefectTypes() {
    DefectTypes types;
    for (const project::DefectType& type : project::DefectTypeRepository(*m_store).all()) {
        // The canvas paints the defect type's id into the mask; ids beyond its label range stay unnamed.
        if (type.id < kMinDefectTypeId || type.id > kMaxDefectTypeId) continue;
        types.push_back({static_cast<int>(type.id), type.name, QColor(type.colour)});
    }
    m_canvas->setDefectTypes(types);
}

// ---- jobs ------------------------------------------------------------------------------------------

bool MainWindow::importMvtecFolder(const QString& folder) {
    if (!requireProject()) return false;
    const QString directory = m_store->directory();
    project::ImportOptions options;
    options.user = userName();
    return runJob(
        tr("Importing %1").arg(QDir::toNativeSeparators(folder)),
        [directory, folder, options](const project::ProgressCallback& progress, const project::CancelFlag* cancel) {
            const auto store = ProjectStore::open(directory);
            return importOutcome(project::importMvtecFolder(*store, folder, options, progress, cancel));
        },
        true);
}

bool MainWindow::importImageFolder(const QString& folder) {
    if (!requireProject()) return false;
    const QString directory = m_store->directory();
    project::ImportOptions options;
    options.user = userName();
    return runJob(
        tr("Importing %1").arg(QDir::toNativeSeparators(folder)),
        [directory, folder, options](const project::ProgressCallback& progress, const project::CancelFlag* cancel) {
            const auto store = ProjectStore::open(directory);
            return importOutcome(project::importImageFolder(*store, folder, options, progress, cancel));
        },
        true);
}

bool MainWindow::exportMvtec(const QString& folder) {
    if (!requireProject() || !resolveUnsavedMask()) return false;
    const QString directory = m_store->directory();
    return runJob(
        tr("Exporting to %1").arg(QDir::toNativeSeparators(folder)),
        [directory, folder](const project::ProgressCallback& progress, const project::CancelFlag* cancel) {
            const auto store = ProjectStore::open(directory);
            const project::ExportReport report =
                project::exportMvtec(*store, folder, progress, cancel, &writeBinaryMask);
            if (report.cancelled) return JobOutcome{tr("Export cancelled."), QString(), true};
            QString text = tr("%n image(s) and ", nullptr, report.imagesWritten) +
                           tr("%n mask(s) exported in MVTec AD layout.", nullptr, report.masksWritten);
            if (report.skippedUnlabelled > 0) {
                text +=
                    QLatin1Char(' ') + tr("%n unlabelled image(s) were left out.", nullptr, report.skippedUnlabelled);
            }
            if (!report.problems.isEmpty()) {
                text += QLatin1Char('\n') + report.problems.mid(0, 20).join(QLatin1Char('\n'));
            }
            return JobOutcome{text, QString(), false};
        },
        false);
}

bool MainWindow::exportCsv(const QString& file) {
    if (!requireProject()) return false;
    const QString directory = m_store->directory();
    return runJob(
        tr("Exporting %1").arg(QDir::toNativeSeparators(file)),
        [directory, file](const project::ProgressCallback&, const project::CancelFlag*) {
            const auto store = ProjectStore::open(directory);
            project::exportCsv(*store, file);
            return JobOutcome{tr("The image table was written to %1.").arg(QDir::toNativeSeparators(file)), QString(),
                              false};
        },
        false);
}

bool MainWindow::checkFiles() {
    if (!requireProject()) return false;
    const QString directory = m_store->directory();
    return runJob(
        tr("Checking the project's files"),
        [directory](const project::ProgressCallback& progress, const project::CancelFlag* cancel) {
            const auto store = ProjectStore::open(directory);
            const project::FileCheckReport report = project::checkProjectFiles(*store, false, progress, cancel);
            if (report.cancelled) return JobOutcome{tr("Check cancelled."), QString(), true};
            if (report.allPresent()) {
                return JobOutcome{tr("All %n image(s) and their masks are in place.", nullptr, report.imagesChecked),
                                  QString(), false};
            }
            QStringList lines;
            for (const project::MissingFile& missing : report.missing.mid(0, 30)) {
                lines << QDir::toNativeSeparators(missing.path);
            }
            return JobOutcome{tr("%n file(s) are missing (moved or deleted); their records are kept:", nullptr,
                                 static_cast<int>(report.missing.size())) +
                                  QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                              QString(), false};
        },
        false);
}

bool MainWindow::backupProject(const QString& destination) {
    if (!requireProject()) return false;
    const QString directory = m_store->directory();
    return runJob(
        tr("Backing up the project"),
        [directory, destination](const project::ProgressCallback& progress, const project::CancelFlag* cancel) {
            const project::BackupReport report = project::backupProject(directory, destination, progress, cancel);
            if (report.cancelled) return JobOutcome{tr("Backup cancelled; nothing was written."), QString(), true};
            return JobOutcome{
                tr("The project was backed up to %1 (the database and %n file(s)).", nullptr, report.files)
                    .arg(QDir::toNativeSeparators(report.folder)),
                QString(), false};
        },
        false);
}

bool MainWindow::restoreProject(const QString& backupFolder, const QString& newProjectFolder) {
    const bool started = runJob(
        tr("Restoring a backup"),
        [backupFolder, newProjectFolder](const project::ProgressCallback& progress, const project::CancelFlag*) {
            const project::RestoreReport report = project::restoreProject(backupFolder, newProjectFolder, progress);
            return JobOutcome{tr("The backup was restored to %1.").arg(QDir::toNativeSeparators(report.project)),
                              QString(), false};
        },
        false);
    if (!started) return false;
    connect(m_job, &ProjectJob::finished, this, [this, newProjectFolder](const JobOutcome& outcome) {
        if (outcome.error.isEmpty() && !outcome.cancelled) openProject(newProjectFolder);
    });
    return true;
}

bool MainWindow::runJob(const QString& title,
                        std::function<JobOutcome(const project::ProgressCallback&, const project::CancelFlag*)> work,
                        bool reloadAfter) {
    if (isJobRunning()) {
        showError(tr("Another job is still running; wait for it or cancel it first."));
        return false;
    }
    if (m_job) m_job->deleteLater();
    m_job = new ProjectJob(title, std::move(work), this);
    connect(m_job, &ProjectJob::finished, this, [this, title, reloadAfter](const JobOutcome& outcome) {
        qInfo("%s: finished in %lld ms%s", qPrintable(title), static_cast<long long>(outcome.elapsedMs),
              outcome.error.isEmpty() ? "" : " with an error");
        if (reloadAfter) {
            reloadProject();
            if (m_queue) m_queue->reload();
            if (m_analysis) m_analysis->reload();
        }
        if (!outcome.error.isEmpty()) {
            showError(tr("%1 failed.\n\n%2").arg(title, outcome.error));
        } else {
            showInformation(
                title,
                tr("%1\n\nTook %2 s.").arg(outcome.summary, QLocale().toString(outcome.elapsedMs / 1000.0, 'f', 1)));
        }
        Q_EMIT jobFinished(outcome.error.isEmpty() && !outcome.cancelled);
    });
    qInfo("%s: started", qPrintable(title));
    m_job->start();
    return true;
}

bool MainWindow::isJobRunning() const {
    return m_job && m_job->isRunning();
}

void MainWindow::waitForJob() {
    if (m_job) m_job->waitForFinished();
}

// ---- the shown image -------------------------------------------------------------------------------

void MainWindow::onCurrentImageChanged(qint64 imageId) {
    if (imageId == m_shownId && imageId == m_requestedId) return;
    if (!resolveUnsavedMask()) {
        const QSignalBlocker blocker(m_browser);
        m_browser->selectImage(m_shownId);
        return;
    }
    requestImage(imageId);
}

void MainWindow::requestImage(qint64 imageId) {
    m_requestedId = imageId;
    // Read-only until the new image is there, so no stroke lands on the image that is leaving.
    m_canvas->setReadOnly(true);
    const std::optional<project::ImageRecord> image =
        (m_store && imageId >= 0) ? project::ImageRepository(*m_store).byId(imageId) : std::nullopt;
    if (!image) {
        m_shownId = -1;
        m_canvas->setImage(QImage());
        updateImageStatus();
        updateActions();
        return;
    }
    QString maskPath;
    m_requestedMaskVersion = 0;  // the version a save expects to replace (0: no mask)
    if (image->hasMask) {
        const project::MaskRepository masks(*m_store);
        if (const auto mask = masks.forImage(imageId)) {
            maskPath = masks.absoluteFile(*mask);
            m_requestedMaskVersion = mask->rowVersion;
        }
    }
    const QSize expected(image->width, image->height);
    const qint64 type = image->defectTypeId.value_or(0);
    const int defectLabel = type >= kMinDefectTypeId && type <= kMaxDefectTypeId ? static_cast<int>(type) : 0;
    m_loader.setFuture(QtConcurrent::run([imageId, path = image->path, maskPath, expected, defectLabel] {
        return loadImageForLabelling(imageId, path, maskPath, expected, defectLabel);
    }));
}

void MainWindow::onImageLoaded() {
    const LoadedImage loaded = m_loader.result();
    if (loaded.imageId != m_requestedId) return;  // the user moved on meanwhile
    if (!loaded.error.isEmpty()) {
        m_shownId = -1;
        m_canvas->setImage(QImage());
        updateImageStatus();
        updateActions();
        showError(loaded.error);
        return;
    }
    m_canvas->setImage(loaded.image);
    m_shownMaskVersion = m_requestedMaskVersion;
    if (!loaded.maskLabels.isNull()) m_canvas->document()->setLabels(loaded.maskLabels);
    m_shownId = loaded.imageId;
    if (const auto image = shownImage(); image && image->defectTypeId) {
        m_canvas->setCurrentDefectType(static_cast<int>(*image->defectTypeId));
    }
    m_canvas->setReadOnly(m_store->isReadOnly());
    updateImageStatus();
    updateActions();
    updateTitle();
    QSettings().setValue(lastImageKey(m_store->directory()), m_shownId);
    Q_EMIT imageShown(m_shownId);
    if (!loaded.warning.isEmpty()) showError(loaded.warning);
}

void MainWindow::refreshImage(qint64 imageId) {
    if (const auto image = project::ImageRepository(*m_store).byId(imageId)) m_browser->updateImage(*image);
    updateImageStatus();
    Q_EMIT imageLabelChanged(imageId);
}

std::optional<project::ImageRecord> MainWindow::shownImage() const {
    if (!m_store || m_shownId < 0) return std::nullopt;
    return project::ImageRepository(*m_store).byId(m_shownId);
}

std::optional<qint64> MainWindow::chosenDefectType() const {
    const int current = m_canvas->currentDefectType();
    if (current >= kMinDefectTypeId && current <= kMaxDefectTypeId) return current;
    const auto image = shownImage();
    return image ? image->defectTypeId : std::nullopt;
}

// ---- labelling -------------------------------------------------------------------------------------

bool MainWindow::markNormal() {
    if (!m_store || m_shownId < 0) return false;
    try {
        project::Labelling(*m_store, userName()).markNormal(m_shownId);
    } catch (const ProjectError& error) {
        showError(error.message());
        return false;
    }
    refreshImage(m_shownId);
    return true;
}

bool MainWindow::markDefective() {
    if (!m_store || m_shownId < 0) return false;
    try {
        project::Labelling(*m_store, userName()).markDefective(m_shownId, chosenDefectType());
    } catch (const ProjectError& error) {
        showError(error.message());
        return false;
    }
    refreshImage(m_shownId);
    return true;
}

bool MainWindow::markUnlabelled() {
    if (!m_store || m_shownId < 0) return false;
    try {
        project::Labelling(*m_store, userName()).markUnlabelled(m_shownId);
    } catch (const ProjectError& error) {
        showError(error.message());
        return false;
    }
    refreshImage(m_shownId);
    return true;
}

bool MainWindow::toggleReviewed() {
    const auto image = shownImage();
    if (!image) return false;
    try {
        project::Labelling(*m_store, userName()).setReviewed(image->id, !image->reviewed);
    } catch (const ProjectError& error) {
        showError(error.message());
        return false;
    }
    refreshImage(image->id);
    return true;
}

bool MainWindow::toggleSplit() {
    const auto image = shownImage();
    if (!image) return false;
    const project::Split target = image->split == project::Split::Train ? project::Split::Test : project::Split::Train;
    try {
        project::Labelling(*m_store, userName()).setSplit(image->id, target);
    } catch (const ProjectError& error) {
        showError(error.message());
        return false;
    }
    refreshImage(image->id);
    return true;
}

bool MainWindow::saveMask() {
    const auto image = shownImage();
    if (!image) return false;
    MaskDocument* document = m_canvas->document();
    try {
        project::Labelling labelling(*m_store, userName());
        if (!document->hasDefectPixels()) {
            // An emptied mask is no mask: the stored one goes, the label stays as the user set it.
            if (image->hasMask) labelling.removeMask(image->id);
            m_shownMaskVersion = 0;
        } else {
            m_shownMaskVersion =
                labelling.saveMask(image->id, encodePng(document->labels()), chosenDefectType(), m_shownMaskVersion)
                    .rowVersion;
        }
    } catch (const ProjectError& error) {
        if (error.kind() == ProjectError::Kind::Conflict) return resolveMaskConflict(*image, error.message());
        showError(tr("The mask was not saved; your painting is still on the canvas.\n\n%1").arg(error.message()));
        return false;
    }
    document->setClean();
    refreshImage(image->id);
    statusBar()->showMessage(tr("Mask saved"), 3000);
    return true;
}

bool MainWindow::resolveUnsavedMask() {
    if (m_shownId < 0 || !m_canvas->document()->isDirty()) return true;
    if (AppSettings().maskAutosave()) return saveMask();
    const QMessageBox::StandardButton answer =
        QMessageBox::question(this, tr("Unsaved mask"), tr("The mask of this image has unsaved changes. Save them?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return saveMask();
    if (answer == QMessageBox::Discard) {
        m_canvas->document()->setClean();
        return true;
    }
    return false;
}

void MainWindow::addDefectType() {
    if (!requireProject()) return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New defect type"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty()) return;
    try {
        const qint64 id = project::DefectTypeRepository(*m_store).ensure(name);
        reloadDefectTypes();
        if (id <= kMaxDefectTypeId) m_canvas->setCurrentDefectType(static_cast<int>(id));
    } catch (const ProjectError& error) {
        showError(error.message());
    }
}

QString MainWindow::userName() const {
    return m_session->isSignedIn() ? m_session->userName() : AppSettings().userName();
}

// ---- window ----------------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!resolveUnsavedMask()) {
        event->ignore();
        return;
    }
    if (m_job) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size().boundedTo(QSize(1600, 1000)));
        move(available.topLeft());
    }
    restoreState(settings.value(kStateKey).toByteArray());
}

bool MainWindow::requireProject() {
    if (m_store) return true;
    showError(tr("Open or create a project first (File menu)."));
    return false;
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
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 8000);
    auto* box = new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("informationMessage"));
    box->open();
}

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

QMenu* MainWindow::insertMenu(const QString& title) {
    auto* menu = new QMenu(title, this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    return menu;
}

void MainWindow::updateActions() {
    const bool open = m_store != nullptr;
    const bool image = open && m_shownId >= 0;
    const bool writable = open && !m_store->isReadOnly();
    for (const char* name : {"exportMvtec", "exportCsv", "checkFiles", "closeProject", "backupProject"}) {
        action(QLatin1String(name))->setEnabled(open);
    }
    for (const char* name : {"importMvtec", "importFolder", "newDefectType"})
        action(QLatin1String(name))->setEnabled(writable);
    for (const char* name :
         {"markNormal", "markDefective", "markUnlabelled", "toggleReviewed", "toggleSplit", "saveMask"}) {
        action(QLatin1String(name))->setEnabled(image && writable);
    }
    // Review state is a supervisor's; core/project refuses it anyway (and audits the attempt).
    action(
        QStringLiteral("toggleReviewed"))->setEnabled(image && (m_session->isSupervisor() || !m_session->isSignedIn()));
    action(QStringLiteral("signOut"))->setEnabled(open && m_session->isSignedIn());
    action(QStringLiteral("addUser"))->setEnabled(open && m_session->isAdministrator());
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

void MainWindow::updateImageStatus() {
    const auto image = shownImage();
    if (!image) {
        m_imageStatus->setText(m_store ? tr("No image selected") : tr("No project open"));
        return;
    }
    QString label = image->status == project::ImageStatus::Normal      ? tr("normal")
                    : image->status == project::ImageStatus::Defective ? tr("defective")
                                                                       : tr("unlabelled");
    if (!image->defectTypeName.isEmpty()) label += QStringLiteral(": ") + image->defectTypeName;
    if (image->reviewed) label += tr(", reviewed");
    m_imageStatus->setText(tr("%1  |  %2  |  %3 x %4 px  |  %5  |  %6")
                               .arg(image->fileName(), image->categoryName)
                               .arg(image->width)
                               .arg(image->height)
                               .arg(image->split == project::Split::Train ? tr("train") : tr("test"), label));
}

// ---- construction ----------------------------------------------------------------------------------

void MainWindow::createActions() {
    const auto make = [this](const char* name, const QString& text, const QKeySequence& shortcut,
                             auto slot) -> QAction* {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    make("newProject", tr("&New Project..."), QKeySequence::New, [this] { chooseNewProject(); });
    make("openProject", tr("&Open Project..."), QKeySequence::Open, [this] { chooseOpenProject(); });
    make("connectToServer", tr("Connect to &Server..."), QKeySequence(tr("Ctrl+Shift+O")),
         [this] { chooseServerProject(); });
    make("closeProject", tr("&Close Project"), QKeySequence(), [this] {
        if (resolveUnsavedMask()) closeProject();
    });
    make("importMvtec", tr("Import &MVTec Folder..."), QKeySequence(tr("Ctrl+I")), [this] { chooseImportMvtec(); });
    make("importFolder", tr("Import Image &Folder..."), QKeySequence(tr("Ctrl+Shift+I")),
         [this] { chooseImportFolder(); });
    make("exportMvtec", tr("&Export MVTec..."), QKeySequence(tr("Ctrl+E")), [this] { chooseExportMvtec(); });
    make("exportCsv", tr("Export &CSV..."), QKeySequence(tr("Ctrl+Shift+E")), [this] { chooseExportCsv(); });
    make("checkFiles", tr("Check &Files"), QKeySequence(), [this] { checkFiles(); });
    make("signOut", tr("Sign &Out"), QKeySequence(), [this] { signOut(); });
    make("addUser", tr("&Add User..."), QKeySequence(), [this] { addUser(); });
    make("backupProject", tr("&Backup Project..."), QKeySequence(tr("Ctrl+Shift+B")),
         [this] { chooseBackupProject(); });
    make("restoreProject", tr("&Restore Project..."), QKeySequence(), [this] { chooseRestoreProject(); });
    make("quit", tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    make("markNormal", tr("Mark &Normal"), QKeySequence(tr("N")), [this] { markNormal(); });
    make("markDefective", tr("Mark &Defective"), QKeySequence(tr("D")), [this] { markDefective(); });
    make("markUnlabelled", tr("Mark &Unlabelled"), QKeySequence(tr("U")), [this] { markUnlabelled(); });
    make("toggleReviewed", tr("Toggle &Reviewed"), QKeySequence(tr("R")), [this] { toggleReviewed(); });
    make("toggleSplit", tr("Move to Train / &Test Split"), QKeySequence(tr("T")), [this] { toggleSplit(); });
    make("saveMask", tr("&Save Mask"), QKeySequence::Save, [this] { saveMask(); });
    make("newDefectType", tr("New Defect &Type..."), QKeySequence(), [this] { addDefectType(); });
    make("preferences", tr("&Preferences..."), QKeySequence::Preferences, [this] { showPreferences(); });
    make("about", tr("&About DMAD Studio"), QKeySequence(), [this] { showAbout(); });
    make("nextImage", tr("Ne&xt Image"), QKeySequence(tr("Ctrl+Right")), [this] { m_browser->selectNext(); });
    make("previousImage", tr("Pre&vious Image"), QKeySequence(tr("Ctrl+Left")),
         [this] { m_browser->selectPrevious(); });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    for (const char* name : {"newProject", "openProject", "connectToServer", "closeProject"})
        file->addAction(action(QLatin1String(name)));
    file->addSeparator();
    for (const char* name : {"importMvtec", "importFolder", "exportMvtec", "exportCsv", "checkFiles"}) {
        file->addAction(action(QLatin1String(name)));
    }
    file->addSeparator();
    for (const char* name : {"backupProject", "restoreProject"}) file->addAction(action(QLatin1String(name)));
    file->addSeparator();
    file->addAction(action(QStringLiteral("signOut")));
    file->addAction(action(QStringLiteral("addUser")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_canvas->undoAction());
    edit->addAction(m_canvas->redoAction());
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("saveMask")));
    edit->addAction(m_canvas->clearAction());
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("preferences")));

    QMenu* label = menuBar()->addMenu(tr("&Label"));
    for (const char* name : {"markNormal", "markDefective", "markUnlabelled", "toggleReviewed", "toggleSplit"}) {
        label->addAction(action(QLatin1String(name)));
    }
    label->addSeparator();
    label->addAction(action(QStringLiteral("newDefectType")));
    label->addSeparator();
    label->addAction(action(QStringLiteral("nextImage")));
    label->addAction(action(QStringLiteral("previousImage")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* zoom :
         {m_canvas->zoomInAction(), m_canvas->zoomOutAction(), m_canvas->fitAction(), m_canvas->actualSizeAction()}) {
        view->addAction(zoom);
    }
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(action(QStringLiteral("about")));
}

void MainWindow::createDocks() {
    m_browser = new ImageBrowser(this);
    m_browser->setObjectName(QStringLiteral("imageBrowser"));
    auto* browserDock = new QDockWidget(tr("Images"), this);
    browserDock->setObjectName(QStringLiteral("imagesDock"));
    browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);

    m_toolPanel = new ToolPanel(m_canvas, this);
    m_toolPanel->setObjectName(QStringLiteral("toolPanel"));
    auto* toolDock = new QDockWidget(tr("Mask Tools"), this);
    toolDock->setObjectName(QStringLiteral("toolsDock"));
    toolDock->setWidget(m_toolPanel);
    addDockWidget(Qt::RightDockWidgetArea, toolDock);

    // The heatmap and its verdict sit beside the canvas, under the mask tools.
    m_verdictPanel = new VerdictPanel(this);
    m_verdictPanel->setObjectName(QStringLiteral("verdictPanel"));
    auto* heatmapDock = new QDockWidget(tr("Heatmap"), this);
    heatmapDock->setObjectName(QStringLiteral("heatmapDock"));
    heatmapDock->setWidget(m_verdictPanel);
    addDockWidget(Qt::RightDockWidgetArea, heatmapDock);
    m_heatmaps = new HeatmapController(m_engine, m_canvas, m_verdictPanel, this);

    // The bottom docks sit between the side docks, so the browser keeps its full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_trainingDock = new TrainingDock(m_training, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    resizeDocks({browserDock, toolDock}, {400, 230}, Qt::Horizontal);
}

// The review parts need a project; their docks exist from the start (the saved layout names them)
// and hold a note until one is open.
void MainWindow::createReviewDocks() {
    const auto make = [this](const char* name, const QString& title) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(QLatin1String(name));
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_trainingDock, dock);
        return dock;
    };
    m_reviewDock = make("reviewQueueDock", tr("Review Queue"));
    m_analysisDock = make("analysisDock", tr("Analysis"));
    m_auditDock = make("auditLogDock", tr("Audit Log"));
    closeReviewWidgets();
    m_trainingDock->raise();
    resizeDocks({m_trainingDock}, {300}, Qt::Vertical);
}

void MainWindow::openReviewWidgets() {
    closeReviewWidgets();
    m_queue = new ReviewQueue(*m_store, *m_session);
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_analysis = new AnalysisPanel(*m_store, *m_session);
    m_analysis->setObjectName(QStringLiteral("analysisPanel"));
    m_audit = new AuditLogView(*m_store);
    m_audit->setObjectName(QStringLiteral("auditLog"));
    m_reviewDock->setWidget(m_queue);
    m_analysisDock->setWidget(m_analysis);
    m_auditDock->setWidget(m_audit);
    connect(m_queue, &ReviewQueue::imageActivated, this, [this](qint64 imageId) { m_browser->selectImage(imageId); });
    connect(m_queue, &ReviewQueue::labelsChanged, this, &MainWindow::onReviewLabelsChanged);
    connect(m_analysis, &AnalysisPanel::thresholdChanged, m_queue, &ReviewQueue::setCategoryThreshold);
    connect(m_analysis, &AnalysisPanel::thresholdChanged, this, [this] {
        reloadScores();
        m_heatmaps->refresh();  // the verdict of the shown image follows the new threshold
        m_audit->refresh();
    });
    onBrowserCategoryChanged(m_browser->currentCategory());
}

void MainWindow::closeReviewWidgets() {
    // Deleted at once (not later): they hold references to the store that is about to go.
    for (QDockWidget* dock : {m_reviewDock, m_analysisDock, m_auditDock}) {
        auto* note = new QLabel(tr("Open a project to see this."), dock);
        note->setAlignment(Qt::AlignCenter);
        note->setEnabled(false);
        delete dock->widget();
        dock->setWidget(note);
    }
    m_queue = nullptr;
    m_analysis = nullptr;
    m_audit = nullptr;
}

void MainWindow::wireTraining() {
    connect(m_training, &TrainingController::activeModelChanged, this, &MainWindow::onActiveModelChanged);
    connect(m_training, &TrainingController::modelsChanged, this, &MainWindow::rebuildVersionsMenu);
    connect(m_training, &TrainingController::started, this, [this](bool incremental) {
        m_trainingDock->show();
        m_trainingDock->raise();
        statusBar()->showMessage(incremental ? tr("Retraining...") : tr("Training..."));
    });
    connect(m_training, &TrainingController::finished, this, [this](int version) {
        statusBar()->showMessage(tr("Model version %1 is trained and active; every image has its score.").arg(version),
                                 8000);
    });
    connect(m_training, &TrainingController::failed, this, [this](const QString& message) {
        statusBar()->clearMessage();
        showError(tr("Training failed.\n\n%1").arg(message));
    });
    connect(m_training, &TrainingController::cancelled, this,
            [this] { statusBar()->showMessage(tr("Training cancelled; the active model is unchanged."), 5000); });
    connect(m_training, &TrainingController::busyChanged, this,
            [this] { m_versionsMenu->setEnabled(!m_training->isBusy() && !m_versionsMenu->isEmpty()); });
    connect(m_browser, &ImageBrowser::categoryChanged, this, &MainWindow::onBrowserCategoryChanged);
    // The queue's own R (reject label) would be ambiguous with Toggle Reviewed while the queue has
    // the focus, and an ambiguous shortcut does nothing: there the queue's wins.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        const bool inQueue = now && m_reviewDock->isAncestorOf(now);
        action(QStringLiteral("toggleReviewed"))->setShortcut(inQueue ? QKeySequence() : QKeySequence(tr("R")));
    });
    connect(this, &MainWindow::imageShown, m_heatmaps, &HeatmapController::showImage);
    connect(this, &MainWindow::imageLabelChanged, this, [this](qint64 imageId) {
        if (m_queue) m_queue->refreshImage(imageId);
        if (m_analysis) m_analysis->reload();  // labels are the analysis' ground truth
    });
}

void MainWindow::applyTrainingSettings() {
    const AppSettings settings;
    TrainingOptions options = TrainingOptions::fromSettings(settings);
    options.userName = userName();
    m_training->setOptions(options);
    m_heatmaps->setDefaultThreshold(settings.imageThreshold());
}

void MainWindow::onActiveModelChanged() {
    reloadScores();
    m_browser->setHeatmapRenderer(heatmapThumbnailRenderer(m_engine->activeModel()));
    if (m_queue) m_queue->reload();
    if (m_analysis) m_analysis->reload();
    if (m_audit) m_audit->refresh();
    rebuildVersionsMenu();
}

// The active model's scores and the per-category thresholds that make them OK / NG in the browser.
void MainWindow::reloadScores() {
    if (!m_store) return;
    QHash<qint64, double> scores;
    QHash<qint64, double> thresholds;
    const double fallback = AppSettings().imageThreshold();
    try {
        if (const auto model = project::ModelRepository(*m_store).active()) {
            const project::ScoreRepository repository(*m_store);
            scores = repository.forModel(model->id);
            for (const project::Category& category : project::CategoryRepository(*m_store).all()) {
                thresholds.insert(category.id, effectiveThreshold(repository, category.id, model->id, fallback));
            }
        }
    } catch (const ProjectError& error) {
        showError(error.message());
    }
    m_browser->setThresholds(thresholds, fallback);
    m_browser->setScores(scores);
}

void MainWindow::rebuildVersionsMenu() {
    m_versionsMenu->clear();
    const ModelVersionsModel* versions = m_trainingDock->versionsModel();
    auto* group = new QActionGroup(m_versionsMenu);
    const int active = versions->activeRow();
    for (int row = 0; row < versions->rowCount(); ++row) {
        const qint64 modelId = versions->modelId(row);
        const QString created = versions->index(row, ModelVersionsModel::Created).data().toString();
        const QString setting = versions->index(row, ModelVersionsModel::Setting).data().toString();
        QAction* item = m_versionsMenu->addAction(
            tr("Version %1  (%2, %3)")
                .arg(versions->index(row, ModelVersionsModel::Version).data().toString(), created, setting));
        item->setObjectName(QStringLiteral("modelVersion%1").arg(modelId));
        item->setCheckable(true);
        item->setChecked(row == active);
        group->addAction(item);
        connect(item, &QAction::triggered, this, [this, modelId, row, active] {
            if (row != active) activateVersion(modelId);
        });
    }
    m_versionsMenu->setEnabled(versions->rowCount() > 0 && !m_training->isBusy());
}

void MainWindow::onBrowserCategoryChanged(std::optional<qint64> categoryId) {
    if (m_queue) m_queue->showCategory(categoryId);
    if (m_analysis && categoryId) m_analysis->setCategory(*categoryId);
}

void MainWindow::onReviewLabelsChanged(const QVector<qint64>& imageIds) {
    for (const qint64 id : imageIds) {
        if (const auto image = project::ImageRepository(*m_store).byId(id)) m_browser->updateImage(*image);
    }
    if (imageIds.contains(m_shownId)) updateImageStatus();
    if (m_analysis) m_analysis->reload();
    if (m_audit) m_audit->refresh();
}

QDockWidget* MainWindow::dock(const QString& objectName) const {
    return findChild<QDockWidget*>(objectName);
}

// ---- sign-in ---------------------------------------------------------------------------------------

bool MainWindow::signIn(const QString& userName, project::UserRole role) {
    if (userName.trimmed().isEmpty()) return false;
    m_testUser = userName.trimmed();
    m_testRole = role;
    if (!m_store) {
        m_session->signIn(m_testUser, role);  // the account is looked up when a project opens
        return true;
    }
    try {
        signInForTesting(*m_store);
    } catch (const ProjectError& error) {
        showError(error.message());
        return false;
    }
    return true;
}

void MainWindow::signInForTesting(ProjectStore& store) {
    // ensure() creates a missing account with the role asked for but never changes a stored role.
    const project::UserRecord account = project::UserRepository(store).ensure(m_testUser, m_testRole);
    project::AuditLog(store).append(
        account.name, QStringLiteral("sign_in"), QStringLiteral("user:%1").arg(account.id),
                                                                project::toText(account.role) +
                                                                    QStringLiteral(", without password (test)"));
    m_session->signIn(account);
}

bool MainWindow::signInInteractively() {
    if (!m_store) return false;
    try {
        if (project::Accounts(*m_store).needsAdministrator()) {
            AccountDialog first(AccountDialog::Mode::FirstAdministrator, *m_session, *m_store, this);
            return first.exec() == QDialog::Accepted;
        }
    } catch (const ProjectError& error) {
        showError(error.message());
        return false;
    }
    LoginDialog login(*m_session, *m_store, this);
    return login.exec() == QDialog::Accepted;
}

void MainWindow::signOut() {
    if (!m_store || !m_session->isSignedIn() || !resolveUnsavedMask()) return;
    try {
        if (const auto account = project::UserRepository(*m_store).byName(m_session->userName())) {
            project::Accounts(*m_store).signOut(*account);
        }
    } catch (const ProjectError& error) {
        showError(error.message());
    }
    m_session->signOut();
    m_testUser.clear();
    if (!signInInteractively()) closeProject();
}

void MainWindow::addUser() {
    if (!m_store) return;
    if (!m_session->isAdministrator()) {
        try {
            project::requireAllowed(*m_store, userName(), project::Action::ManageUsers, QStringLiteral("users"));
        } catch (const ProjectError& error) {
            showError(error.message());
        }
        return;
    }
    AccountDialog dialog(AccountDialog::Mode::AddUser, *m_session, *m_store, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("User %1 added").arg(dialog.userNameEdit()->text().trimmed()), 5000);
        if (m_audit) m_audit->refresh();
    }
}

void MainWindow::activateVersion(qint64 modelId) {
    if (!m_store || m_training->isBusy()) return;
    QVector<project::ThresholdChange> changes;
    std::optional<project::ModelRecord> model;
    try {
        // Refused (and audited) here, before anything is loaded.
        project::requireAllowed(*m_store, userName(), project::Action::ActivateModel,
                                QStringLiteral("model:%1").arg(modelId));
        changes = project::Supervision(*m_store, userName()).activationPreview(modelId);
        model = project::ModelRepository(*m_store).byId(modelId);
    } catch (const ProjectError& error) {
        showError(error.message());
        rebuildVersionsMenu();  // the checked item goes back to the active version
        return;
    }
    if (!model) return;
    QString table = tr("<p>Activate version %1? Per category, the threshold in force now and the one the "
                       "version suggests:</p><table cellspacing=\"6\"><tr><th align=\"left\">Category</th>"
                       "<th align=\"left\">In force</th><th align=\"left\">Suggested by v%1</th></tr>")
                        .arg(model->version);
    for (const project::ThresholdChange& change : std::as_const(changes)) {
        table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>") .arg(
            change.categoryName.toHtmlEscaped(), thresholdText(change.current),
            change.suggested ? QString::number(*change.suggested, 'f', 3) : tr("none"));
    }
    table += tr("</table><p>After the switch the suggested thresholds apply until you set your own.</p>");
    auto* box = new QMessageBox(QMessageBox::Question, tr("Activate Version"), table,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("activateVersion"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, modelId] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_training->switchToVersion(modelId);
        } else {
            rebuildVersionsMenu();
        }
    });
    box->open();  // not exec(): tests and workers keep their event loop
}

void MainWindow::updateUserStatus() {
    m_userStatus->setText(m_session->isSignedIn()
                              ? tr("%1 (%2)").arg(m_session->userName(), roleText(m_session->role()))
                              : tr("not signed in"));
    applyTrainingSettings();  // the audit log names who trained
    updateActions();
}

// Train / Retrain / Cancel are the training dock's actions (one place for their state); the menu
// adds the common shortcuts next to the dock's F-keys.
void MainWindow::createModelMenu() {
    QMenu* model = insertMenu(tr("&Model"));
    model->setObjectName(QStringLiteral("modelMenu"));
    QAction* train = m_trainingDock->trainAction();
    train->setShortcuts({QKeySequence(tr("Ctrl+T")), train->shortcut()});
    QAction* retrain = m_trainingDock->retrainAction();
    retrain->setShortcuts({QKeySequence(tr("Ctrl+R")), retrain->shortcut()});
    QAction* cancel = m_trainingDock->cancelAction();
    cancel->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    for (QAction* action : {train, retrain, cancel}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);  // shortcuts work while the dock is hidden
        model->addAction(action);
    }
    model->addSeparator();
    m_versionsMenu = model->addMenu(tr("Active &Version"));
    m_versionsMenu->setObjectName(QStringLiteral("versionsMenu"));
    m_versionsMenu->setEnabled(false);
}

void MainWindow::createStatusBar() {
    m_imageStatus = new QLabel(this);
    m_zoomStatus = new QLabel(this);
    m_cursorStatus = new QLabel(this);
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addWidget(m_imageStatus, 1);
    statusBar()->addPermanentWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_cursorStatus);
    statusBar()->addPermanentWidget(m_zoomStatus);
    connect(m_canvas, &ImageView::zoomChanged, this,
            [this](double zoom) { m_zoomStatus->setText(tr("%1 %").arg(QLocale().toString(zoom * 100.0, 'f', 0))); });
    connect(m_canvas, &ImageView::cursorMoved, this,
            [this](const QPoint& pixel) { m_cursorStatus->setText(tr("x %1, y %2").arg(pixel.x()).arg(pixel.y())); });
    connect(m_canvas, &ImageView::cursorLeft, m_cursorStatus, &QLabel::clear);
    updateImageStatus();
    updateUserStatus();
}

// ---- dialogs ---------------------------------------------------------------------------------------

void MainWindow::chooseNewProject() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("New project: choose an empty folder"),
                                                             QSettings().value(kLastFolderKey).toString());
    if (!folder.isEmpty()) createProject(folder);
}

void MainWindow::chooseOpenProject() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open project folder"),
                                                             QSettings().value(kLastFolderKey).toString());
    if (!folder.isEmpty()) openProject(folder);
}

void MainWindow::chooseImportMvtec() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder in MVTec AD layout"));
    if (!folder.isEmpty()) importMvtecFolder(folder);
}

void MainWindow::chooseImportFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of images"));
    if (!folder.isEmpty()) importImageFolder(folder);
}

void MainWindow::chooseExportMvtec() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to a folder (MVTec AD layout)"));
    if (!folder.isEmpty()) exportMvtec(folder);
}

void MainWindow::chooseExportCsv() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the image table"),
                                                      QStringLiteral("images.csv"), tr("CSV files (*.csv)"));
    if (!file.isEmpty()) exportCsv(file);
}

void MainWindow::chooseBackupProject() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Back up the project into a folder (a new <project>-backup-<time> folder is made there)"));
    if (!folder.isEmpty()) backupProject(folder);
}

void MainWindow::chooseRestoreProject() {
    if (!resolveUnsavedMask()) return;
    const QString backup = QFileDialog::getExistingDirectory(this, tr("Choose the backup folder to restore"));
    if (backup.isEmpty()) return;
    if (!project::isBackupFolder(backup)) {
        showError(tr("%1 is not a DMAD Studio backup (it has no %2).")
                      .arg(QDir::toNativeSeparators(backup), QLatin1String(project::kBackupManifest)));
        return;
    }
    // Into a new folder: the project that is open now stays as it is.
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Restore into a new project folder"),
                                     QFileInfo(backup).absoluteFilePath() +
                                         QStringLiteral("-restored"), QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (target.isEmpty()) return;
    if (QFileInfo::exists(target)) {
        showError(tr("%1 already exists; choose a new folder.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    restoreProject(backup, target);
}

void MainWindow::showPreferences() {
    auto* dialog = new SettingsDialog(AppSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        applyTrainingSettings();
        reloadScores();
    });
    dialog->open();
}

void MainWindow::showAbout() {
    auto* dialog = new AboutDialog(m_engineVersion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace dmad::ui
