#include "project/demo_project.h"

#include "project/mvtec_import.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/user_repository.h"

#include <QDir>
#include <QFileInfo>

namespace dmad::project {

namespace {

QString currentUserName() {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("labeller") : user;
}

}  // namespace

bool isDemoDataFolder(const QString& dataFolder) {
    return QFileInfo(dataFolder).isDir() && !mvtecCategoryFolders(dataFolder).isEmpty();
}

ImportReport createDemoProject(const QString& projectDirectory, const QString& dataFolder,
                               const ProgressCallback& progress, const CancelFlag* cancel) {
    const QString target = QDir(projectDirectory).absolutePath();
    if (ProjectStore::containsProject(target)) {
        throw ProjectError(ProjectError::Kind::AlreadyExists,
                           QObject::tr("%1 already holds a project").arg(QDir::toNativeSeparators(target)));
    }
    if (QDir(target).exists() && !QDir(target).isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("%1 is not empty; the demo project needs a new or empty folder")
                               .arg(QDir::toNativeSeparators(target)));
    }
    if (!isDemoDataFolder(dataFolder)) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("%1 holds no data in MVTec layout").arg(QDir::toNativeSeparators(dataFolder)));
    }
    const QString partial = target + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    ImportReport report;
    {
        const std::unique_ptr<ProjectStore> store = ProjectStore::create(partial);
        UserRepository users(*store);
        users.ensure(currentUserName(), UserRole::Labeller);
        users.ensure(QStringLiteral("supervisor"), UserRole::Supervisor);
        ImportOptions options;
        options.user = currentUserName();
        report = importMvtecFolder(*store, dataFolder, options, progress, cancel);
    }
    if (report.cancelled) {
        QDir(partial).removeRecursively();
        return report;
    }
    QDir().rmdir(target);  // an empty folder the caller made is replaced
    if (!QDir().rename(partial, target)) {
        throw ProjectError(ProjectError::Kind::Io,
                           QObject::tr("Cannot move the demo project to %1").arg(QDir::toNativeSeparators(target)));
    }
    return report;
}

}  // namespace dmad::project
