#include "ui/main/project_jobs.h"

#include "project/csv_export.h"
#include "project/demo_project.h"
#include "project/file_check.h"
#include "project/folder_import.h"
#include "project/mvtec_export.h"
#include "project/mvtec_import.h"
#include "project/project_backup.h"
#include "project/project_store.h"
#include "ui/main/image_loading.h"
#include "ui/main/shown_image.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>

// Texts that moved here from the main window keep its translation context, so they stay translated.
namespace dmad::ui {

namespace {

using project::CancelFlag;
using project::ProgressCallback;
using project::ProjectStore;

QString importSummary(const project::ImportReport& report) {
    QString text =
        QCoreApplication::translate("dmad::ui::MainWindow", "%n image(s) and ", nullptr, report.imagesAdded) +
        QCoreApplication::translate("dmad::ui::MainWindow", "%n mask(s) imported.", nullptr, report.masksAdded);
    if (report.skippedExisting > 0) {
        text += QLatin1Char(' ') + QCoreApplication::translate("dmad::ui::MainWindow",
                                                               "%n image(s) were already in the project.", nullptr,
                                                               report.skippedExisting);
    }
    if (!report.problems.isEmpty()) {
        text += QLatin1Char('\n') + QCoreApplication::translate("dmad::ui::MainWindow",
                                                                "%n file(s) were not imported:", nullptr,
                                                                static_cast<int>(report.problems.size()));
        text += QLatin1Char('\n') + report.problems.mid(0, 20).join(QLatin1Char('\n'));
    }
    return text;
}

JobOutcome importOutcome(const project::ImportReport& report) {
    if (report.cancelled)
        return {QCoreApplication::translate("dmad::ui::MainWindow", "Import cancelled: nothing was imported."),
                QString(), true};
    return {importSummary(report), QString(), false};
}

JobOutcome exportOutcome(const project::ExportReport& report) {
    if (report.cancelled)
        return {QCoreApplication::translate("dmad::ui::MainWindow", "Export cancelled."), QString(), true};
    QString text =
        QCoreApplication::translate("dmad::ui::MainWindow", "%n image(s) and ", nullptr, report.imagesWritten) +
        QCoreApplication::translate("dmad::ui::MainWindow", "%n mask(s) exported in MVTec AD layout.", nullptr,
                                    report.masksWritten);
    if (report.skippedUnlabelled > 0) {
        text += QLatin1Char(' ') + QCoreApplication::translate("dmad::ui::MainWindow",
                                                               "%n unlabelled image(s) were left out.", nullptr,
                                                               report.skippedUnlabelled);
    }
    if (!report.problems.isEmpty()) text += QLatin1Char('\n') + report.problems.mid(0, 20).join(QLatin1Char('\n'));
    return {text, QString(), false};
}

JobOutcome checkOutcome(const project::FileCheckReport& report) {
    if (report.cancelled)
        return {QCoreApplication::translate("dmad::ui::MainWindow", "Check cancelled."), QString(), true};
    if (report.allPresent()) {
        return {QCoreApplication::translate("dmad::ui::MainWindow", "All %n image(s) and their masks are in place.",
                                            nullptr, report.imagesChecked),
                QString(), false};
    }
    QStringList lines;
    for (const project::MissingFile& missing : report.missing.mid(0, 30))
        lines << QDir::toNativeSeparators(missing.path);
    return {QCoreApplication::translate("dmad::ui::MainWindow",
                                        "%n file(s) are missing (moved or deleted); their records are kept:", nullptr,
                                        static_cast<int>(report.missing.size())) +
                QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
            QString(), false};
}

}  // namespace

ProjectJobs::ProjectJobs(ShownImage* shown, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_shown(shown), m_dialogParent(dialogParent) {}

ProjectJobs::~ProjectJobs() {
    cancel();
    waitForFinished();
}

bool ProjectJobs::requireProject() {
    if (!m_project.isEmpty()) return true;
    Q_EMIT failed(QCoreApplication::translate("dmad::ui::MainWindow", "Open or create a project first (File menu)."));
    return false;
}

bool ProjectJobs::importMvtecFolder(const QString& folder) {
    return runImport(folder, &project::importMvtecFolder);
}

bool ProjectJobs::importImageFolder(const QString& folder) {
    return runImport(folder, &project::importImageFolder);
}

bool ProjectJobs::runImport(const QString& folder, ImportFunction import) {
    if (!requireProject()) return false;
    project::ImportOptions options;
    options.user = m_userName;
    return run(
        QCoreApplication::translate("dmad::ui::MainWindow", "Importing %1").arg(QDir::toNativeSeparators(folder)),
        [project = m_project, folder, options, import](const ProgressCallback& progress, const CancelFlag* cancel) {
            const auto store = ProjectStore::open(project);
            return importOutcome(import(*store, folder, options, progress, cancel));
        },
        true);
}

bool ProjectJobs::exportMvtec(const QString& folder) {
    if (!requireProject() || !m_shown->resolveUnsaved()) return false;
    return run(
        QCoreApplication::translate("dmad::ui::MainWindow", "Exporting to %1").arg(QDir::toNativeSeparators(folder)),
        [project = m_project, folder](const ProgressCallback& progress, const CancelFlag* cancel) {
            const auto store = ProjectStore::open(project);
            return exportOutcome(project::exportMvtec(*store, folder, progress, cancel, &writeBinaryMask));
        },
        false);
}

bool ProjectJobs::exportCsv(const QString& file) {
    if (!requireProject()) return false;
    return run(
        QCoreApplication::translate("dmad::ui::MainWindow", "Exporting %1").arg(QDir::toNativeSeparators(file)),
        [project = m_project, file](const ProgressCallback&, const CancelFlag*) {
            const auto store = ProjectStore::open(project);
            project::exportCsv(*store, file);
            return JobOutcome{QCoreApplication::translate("dmad::ui::MainWindow", "The image table was written to %1.")
                                  .arg(QDir::toNativeSeparators(file)),
                              QString(), false};
        },
        false);
}

bool ProjectJobs::checkFiles() {
    if (!requireProject()) return false;
    return run(
        QCoreApplication::translate("dmad::ui::MainWindow", "Checking the project's files"),
        [project = m_project](const ProgressCallback& progress, const CancelFlag* cancel) {
            const auto store = ProjectStore::open(project);
            return checkOutcome(project::checkProjectFiles(*store, false, progress, cancel));
        },
        false);
}

bool ProjectJobs::backupProject(const QString& destination) {
    if (!requireProject()) return false;
    return run(
        QCoreApplication::translate("dmad::ui::MainWindow", "Backing up the project"),
        [project = m_project, destination](const ProgressCallback& progress, const CancelFlag* cancel) {
            const project::BackupReport report = project::backupProject(project, destination, progress, cancel);
            if (report.cancelled)
                return JobOutcome{
                    QCoreApplication::translate("dmad::ui::MainWindow", "Backup cancelled; nothing was written."),
                    QString(), true};
            return JobOutcome{
                QCoreApplication::translate("dmad::ui::MainWindow",
                                            "The project was backed up to %1 (the database and %n file(s)).", nullptr,
                                            report.files)
                    .arg(QDir::toNativeSeparators(report.folder)),
                QString(), false};
        },
        false);
}

bool ProjectJobs::restoreProject(const QString& backupFolder, const QString& newProjectFolder) {
    return run(
        QCoreApplication::translate("dmad::ui::MainWindow", "Restoring a backup"),
        [backupFolder, newProjectFolder](const ProgressCallback& progress, const CancelFlag*) {
            const project::RestoreReport report = project::restoreProject(backupFolder, newProjectFolder, progress);
            return JobOutcome{QCoreApplication::translate("dmad::ui::MainWindow", "The backup was restored to %1.")
                                  .arg(QDir::toNativeSeparators(report.project)),
                              QString(), false};
        },
        false, newProjectFolder);
}

bool ProjectJobs::buildDemo(const QString& directory, const QString& dataFolder) {
    return run(
        QCoreApplication::translate("dmad::ui::MainWindow", "Building the demo project"),
        [directory, dataFolder](const ProgressCallback& progress, const CancelFlag* cancel) {
            const project::ImportReport report = project::createDemoProject(directory, dataFolder, progress, cancel);
            if (report.cancelled)
                return JobOutcome{
                    QCoreApplication::translate("dmad::ui::MainWindow", "The demo project was not built."), QString(),
                    true};
            return importOutcome(report);
        },
        false, directory);
}

QString ProjectJobs::chooseFolder(const QString& caption) {
    return QFileDialog::getExistingDirectory(m_dialogParent, caption);
}

void ProjectJobs::chooseImportMvtec() {
    if (const QString folder =
            chooseFolder(QCoreApplication::translate("dmad::ui::MainWindow", "Import a folder in MVTec AD layout"));
        !folder.isEmpty())
        importMvtecFolder(folder);
}

void ProjectJobs::chooseImportFolder() {
    if (const QString folder =
            chooseFolder(QCoreApplication::translate("dmad::ui::MainWindow", "Import a folder of images"));
        !folder.isEmpty())
        importImageFolder(folder);
}

void ProjectJobs::chooseExportMvtec() {
    if (const QString folder =
            chooseFolder(QCoreApplication::translate("dmad::ui::MainWindow", "Export to a folder (MVTec AD layout)"));
        !folder.isEmpty())
        exportMvtec(folder);
}

void ProjectJobs::chooseExportCsv() {
    const QString file = QFileDialog::getSaveFileName(
        m_dialogParent, QCoreApplication::translate("dmad::ui::MainWindow", "Export the image table"),
        QStringLiteral("images.csv"), QCoreApplication::translate("dmad::ui::MainWindow", "CSV files (*.csv)"));
    if (!file.isEmpty()) exportCsv(file);
}

void ProjectJobs::chooseBackup() {
    const QString folder = chooseFolder(QCoreApplication::translate(
        "dmad::ui::MainWindow",
        "Back up the project into a folder (a new <project>-backup-<time> folder is made there)"));
    if (!folder.isEmpty()) backupProject(folder);
}

void ProjectJobs::chooseRestore() {
    if (!m_shown->resolveUnsaved()) return;
    const QString backup =
        chooseFolder(QCoreApplication::translate("dmad::ui::MainWindow", "Choose the backup folder to restore"));
    if (backup.isEmpty()) return;
    if (!project::isBackupFolder(backup)) {
        Q_EMIT failed(
            QCoreApplication::translate("dmad::ui::MainWindow", "%1 is not a DMAD Studio backup (it has no %2).")
                .arg(QDir::toNativeSeparators(backup), QLatin1String(project::kBackupManifest)));
        return;
    }
    // Into a new folder: the project that is open now stays as it is.
    const QString target = QFileDialog::getSaveFileName(
        m_dialogParent, QCoreApplication::translate("dmad::ui::MainWindow", "Restore into a new project folder"),
        QFileInfo(backup).absoluteFilePath() + QStringLiteral("-restored"), QString(), nullptr,
                                                              QFileDialog::ShowDirsOnly);
    if (target.isEmpty()) return;
    if (QFileInfo::exists(target)) {
        Q_EMIT failed(QCoreApplication::translate("dmad::ui::MainWindow", "%1 already exists; choose a new folder.")
                          .arg(QDir::toNativeSeparators(target)));
        return;
    }
    restoreProject(backup, target);
}

bool ProjectJobs::run(const QString& title, ProjectJob::Work work, bool projectChanged, const QString& readyProject) {
    if (isRunning()) {
        Q_EMIT failed(QCoreApplication::translate("dmad::ui::MainWindow",
                                                  "Another job is still running; wait for it or cancel it first."));
        return false;
    }
    if (m_job) m_job->deleteLater();
    m_job = new ProjectJob(title, std::move(work), m_dialogParent);
    connect(m_job, &ProjectJob::finished, this, [this, title, projectChanged, readyProject](const JobOutcome& outcome) {
        qInfo("%s: finished in %lld ms%s", qPrintable(title), static_cast<long long>(outcome.elapsedMs),
              outcome.error.isEmpty() ? "" : " with an error");
        const bool succeeded = outcome.error.isEmpty() && !outcome.cancelled;
        if (!outcome.error.isEmpty()) {
            Q_EMIT failed(
                QCoreApplication::translate("dmad::ui::MainWindow", "%1 failed.\n\n%2").arg(title, outcome.error));
        } else {
            Q_EMIT reported(title, QCoreApplication::translate("dmad::ui::MainWindow", "%1\n\nTook %2 s.")
                                       .arg(outcome.summary, QLocale().toString(outcome.elapsedMs / 1000.0, 'f', 1)));
        }
        Q_EMIT finished(succeeded, projectChanged);
        if (!readyProject.isEmpty() && outcome.error.isEmpty() && !outcome.cancelled) Q_EMIT projectReady(readyProject);
    });
    qInfo("%s: started", qPrintable(title));
    m_job->start();
    return true;
}

bool ProjectJobs::isRunning() const {
    return m_job && m_job->isRunning();
}

void ProjectJobs::cancel() {
    if (m_job) m_job->cancel();
}

void ProjectJobs::waitForFinished() {
    if (m_job) m_job->waitForFinished();
}

}  // namespace dmad::ui
