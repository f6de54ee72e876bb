// The project's long jobs (import, export, file check, backup, restore, demo), one at a time, with their reports.
#pragma once

#include "project/import_job.h"
#include "ui/main/project_job.h"

#include <QObject>
#include <QString>

class QWidget;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class ShownImage;

// Each job opens its own connection to the project folder on a worker (ProjectJob) and ends in
// a report in words and finished(). projectChanged: the job wrote to the project (an import), so
// what shows it must read it again. A restore or demo that worked ends in projectReady() too. The
// choose...() slots ask for the folder or file first. Unsaved mask edits of the shown image are
// resolved before an export or a restore reads the project.
class ProjectJobs : public QObject {
    Q_OBJECT

public:
    ProjectJobs(ShownImage* shown, QWidget* dialogParent, QObject* parent = nullptr);
    ~ProjectJobs() override;

    // The open project's folder (empty: none) and who imports.
    void setProject(const QString& directory) { m_project = directory; }
    void setUserName(const QString& name) { m_userName = name; }

    // Each returns false (after failed()) without a project or while another job still runs.
    bool importMvtecFolder(const QString& folder);
    bool importImageFolder(const QString& folder);
    bool exportMvtec(const QString& folder);
    bool exportCsv(const QString& file);
    bool checkFiles();
    bool backupProject(const QString& destination);
    bool restoreProject(const QString& backupFolder, const QString& newProjectFolder);
    bool buildDemo(const QString& directory, const QString& dataFolder);

    bool isRunning() const;
    void cancel();
    void waitForFinished();

public Q_SLOTS:
    void chooseImportMvtec();
    void chooseImportFolder();
    void chooseExportMvtec();
    void chooseExportCsv();
    void chooseBackup();
    void chooseRestore();

Q_SIGNALS:
    // First the report (reported() or failed()), then finished().
    void reported(const QString& title, const QString& text);
    void finished(bool succeeded, bool projectChanged);
    void projectReady(const QString& directory);
    void failed(const QString& message);

private:
    // project::importMvtecFolder or project::importImageFolder: the two imports differ only in the reader.
    using ImportFunction = project::ImportReport (*)(project::ProjectStore&, const QString&,
                                                     const project::ImportOptions&, const project::ProgressCallback&,
                                                     const project::CancelFlag*);
    bool run(const QString& title, ProjectJob::Work work, bool projectChanged, const QString& readyProject = {});
    bool runImport(const QString& folder, ImportFunction import);
    bool requireProject();
    QString chooseFolder(const QString& caption);

    ShownImage* m_shown;
    QWidget* m_dialogParent;
    QString m_project;
    QString m_userName;
    ProjectJob* m_job = nullptr;
};

}  // namespace dmad::ui
