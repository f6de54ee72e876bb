// dmad-studio: parses the command line, sets up the application and opens the main window.
#include "project/demo_project.h"
#include "ui/dialogs/app_settings.h"
#include "ui/dialogs/translation_installer.h"
#include "ui/main/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {

// Where --demo finds its images: $DMAD_SHARED_DIR/data, ../shared/data beside the working folder,
// or the shared folder this build was configured with.
QString demoDataFolder() {
    QStringList candidates;
    if (qEnvironmentVariableIsSet("DMAD_SHARED_DIR")) {
        candidates << QDir(qEnvironmentVariable("DMAD_SHARED_DIR")).filePath(QStringLiteral("data"));
    }
    candidates << QDir::current().filePath(QStringLiteral("../shared/data"))
               << QStringLiteral(DMAD_DEFAULT_DATA_DIR);
    for (const QString& candidate : candidates) {
        if (dmad::project::isDemoDataFolder(candidate)) return QDir(candidate).absolutePath();
    }
    return candidates.last();
}

QString defaultDemoProjectFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-project"));
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // The same names as AppSettings, so every QSettings in the application shares one file.
    QApplication::setOrganizationName(QStringLiteral("DMAD"));
    QApplication::setApplicationName(QStringLiteral("DMAD Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DMAD_VERSION));

    dmad::ui::TranslationInstaller translations(&app);
    translations.install(dmad::ui::AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "DMAD Studio: label product images and review anomaly scores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo project, building it from the shared data the first time "
                                            "(in the given project folder, else in the user data folder)."));
    const QCommandLineOption project(QStringList{QStringLiteral("p"), QStringLiteral("project")},
                                     QCoreApplication::translate("main", "Open the project in <folder>."),
                                     QCoreApplication::translate("main", "folder"));
    parser.addOption(demo);
    parser.addOption(project);
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("main", "A project folder (same as --project)."),
                                 QStringLiteral("[folder]"));
    parser.process(app);

    QString folder = parser.value(project);
    if (folder.isEmpty() && !parser.positionalArguments().isEmpty()) folder = parser.positionalArguments().front();

    dmad::ui::MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        window.openDemoProject(folder.isEmpty() ? defaultDemoProjectFolder() : folder, demoDataFolder());
    } else if (!folder.isEmpty()) {
        window.openProject(folder);
    }
    return app.exec();
}
