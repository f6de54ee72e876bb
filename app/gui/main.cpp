// dmad-studio: parses the command line, sets up the application and opens the main window.
#include "engine/engine_error.h"
#include "engine/runtime.h"
#include "project/demo_project.h"
#include "project/project_types.h"
#include "resources/app_icon.h"
#include "ui/dialogs/app_settings.h"
#include "ui/dialogs/translation_installer.h"
#include "ui/main/main_window.h"
#include "ui/training/training_options.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {

// Where --demo finds its images: $DMAD_SHARED_DIR/data, else ../shared/data beside the working folder
// (no build folder is compiled in: the installed program runs on other machines).
QString demoDataFolder() {
    QStringList candidates;
    if (qEnvironmentVariableIsSet("DMAD_SHARED_DIR")) {
        candidates << QDir(qEnvironmentVariable("DMAD_SHARED_DIR")).filePath(QStringLiteral("data"));
    }
    candidates << QDir::current().filePath(QStringLiteral("../shared/data"));
    for (const QString& candidate : candidates) {
        if (dmad::project::isDemoDataFolder(candidate)) return QDir(candidate).absolutePath();
    }
    return candidates.last();
}

QString defaultDemoProjectFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-project"));
}

// Applies the settings' device and threads once at start-up and names libtorch for the About box;
// a GPU that is asked for but missing falls back to the CPU (training says so again when it starts).
QString configureEngine() {
    dmad::RuntimeConfig runtime = dmad::ui::trainingOptionsFromSettings(dmad::ui::AppSettings()).engineConfig().runtime;
    dmad::RuntimeInfo info;
    try {
        info = dmad::configureRuntime(runtime);
    } catch (const dmad::EngineError&) {
        runtime.device = dmad::DevicePreference::Cpu;
        info = dmad::configureRuntime(runtime);
    }
    return QStringLiteral("%1 (%2, %3 threads)")
                              .arg(QString::fromStdString(info.torchVersion), QString::fromStdString(info.device))
                              .arg(info.threads);
}

// The options of dmad-studio, in the given parser.
struct Options {
    QCommandLineOption demo{QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo project, building it from the shared data the "
                                                     "first time (in the given project folder, else in the user "
                                                     "data folder).")};
    QCommandLineOption project{QStringList{QStringLiteral("p"), QStringLiteral("project")},
                                           QCoreApplication::translate("main", "Open the project in <folder>."),
                                           QCoreApplication::translate("main", "folder")};
    // Test-only: honoured only with DMAD_TEST_SIGN_IN=1 in the environment (the test suites set it),
    // and never able to change the role of an account the project already has.
    QCommandLineOption user{
        QStringLiteral("user"),
                       QCoreApplication::translate("main", "Tests only (needs DMAD_TEST_SIGN_IN=1): sign in as <name> "
                                                           "without a password."),
                       QCoreApplication::translate("main", "name")};
    QCommandLineOption role{
        QStringLiteral("role"),
                       QCoreApplication::translate("main", "Tests only: the role of a --user the project does not know "
                                                           "yet."),
                       QCoreApplication::translate("main", "role"), QStringLiteral("labeller")};

    void addTo(QCommandLineParser& parser) {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "DMAD Studio: label product images and review anomaly scores."));
        parser.addHelpOption();
        parser.addVersionOption();
        user.setFlags(QCommandLineOption::HiddenFromHelp);
        role.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({demo, project, user, role});
        parser.addPositionalArgument(
            QStringLiteral("folder"), QCoreApplication::translate("main", "A project folder (same as --project)."),
                           QStringLiteral("[folder]"));
    }
};

void setApplicationNames() {
    // The same names as AppSettings, so every QSettings in the application shares one file.
    QCoreApplication::setOrganizationName(QStringLiteral("DMAD"));
    QCoreApplication::setApplicationName(QStringLiteral("DMAD Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DMAD_VERSION));
}

// --help and --version need no display: they are answered before the GUI starts.
bool answeredWithoutDisplay(int argc, char* argv[]) {
    QCoreApplication core(argc, argv);
    setApplicationNames();
    dmad::ui::TranslationInstaller translations(&core);
    translations.install(dmad::ui::AppSettings().language());
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    // A parse error may be a Qt GUI option (-platform, -style): the GUI's own parse reports the rest.
    if (!parser.parse(QCoreApplication::arguments())) return false;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
                                                             parser.isSet(QStringLiteral("version"))) {
        parser.process(core);  // prints and exits
        return true;
    }
    return false;
}

}  // namespace

int main(int argc, char* argv[]) {
    if (answeredWithoutDisplay(argc, argv)) return 0;
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setWindowIcon(dmad::applicationIcon());

    dmad::ui::TranslationInstaller translations(&app);
    translations.install(dmad::ui::AppSettings().language());

    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption& demo = options.demo;
    const QCommandLineOption& project = options.project;
    const QCommandLineOption& user = options.user;
    const QCommandLineOption& role = options.role;

    QString folder = parser.value(project);
    if (folder.isEmpty() && !parser.positionalArguments().isEmpty()) folder = parser.positionalArguments().front();

    const bool testSignIn = parser.isSet(user) || parser.isSet(role);
    if (testSignIn && qEnvironmentVariable("DMAD_TEST_SIGN_IN") != QLatin1String("1")) {
        qCritical("%s", qPrintable(QCoreApplication::translate(
                            "main", "--user and --role are for the test suites only; sign in with your name and "
                                    "password when the project opens.")));
        return 2;
    }
    const std::optional<dmad::project::UserRole> userRole = dmad::project::roleFromString(parser.value(role));
    if (!userRole) {
        qCritical("%s", qPrintable(QCoreApplication::translate("main", "Unknown role \"%1\": use labeller, "
                                                                       "supervisor or administrator.")
                                       .arg(parser.value(role))));
        return 2;
    }

    dmad::ui::MainWindow window;
    window.setEngineVersion(configureEngine());
    window.setDemoLocation(defaultDemoProjectFolder(), demoDataFolder());
    // Every project opened asks who works (or creates its first administrator).
    window.setSignInRequired(true);
    window.show();
    if (testSignIn && !window.signIn(parser.value(user), *userRole)) {
        qCritical("%s", qPrintable(QCoreApplication::translate("main", "--user needs a name.")));
        return 2;
    }
    if (parser.isSet(demo)) {
        window.openDemoProject(folder.isEmpty() ? defaultDemoProjectFolder() : folder, demoDataFolder());
    } else if (!folder.isEmpty()) {
        window.openProject(folder);
    }
    return app.exec();
}
