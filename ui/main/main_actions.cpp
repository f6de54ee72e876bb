#include "ui/main/main_actions.h"

#include "ui/canvas/mask_canvas.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

// Texts that moved here from the main window keep its translation context, so they stay translated.
namespace dmad::ui {

MainActions::MainActions(QMainWindow* window) : QObject(window), m_window(window) {
    make("newProject", QCoreApplication::translate("dmad::ui::MainWindow", "&New Project..."), QKeySequence::New);
    make("openProject", QCoreApplication::translate("dmad::ui::MainWindow", "&Open Project..."), QKeySequence::Open);
    make("connectToServer", QCoreApplication::translate("dmad::ui::MainWindow", "Connect to &Server..."),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+Shift+O")));
    make("closeProject", QCoreApplication::translate("dmad::ui::MainWindow", "&Close Project"), {});
    make("importMvtec", QCoreApplication::translate("dmad::ui::MainWindow", "Import &MVTec Folder..."),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+I")));
    make("importFolder", QCoreApplication::translate("dmad::ui::MainWindow", "Import Image &Folder..."),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+Shift+I")));
    make("exportMvtec", QCoreApplication::translate("dmad::ui::MainWindow", "&Export MVTec..."),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+E")));
    make("exportCsv", QCoreApplication::translate("dmad::ui::MainWindow", "Export CS&V..."),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+Shift+E")));
    make("checkFiles", QCoreApplication::translate("dmad::ui::MainWindow", "C&heck Files"), {});
    make("signOut", QCoreApplication::translate("dmad::ui::MainWindow", "Sign Ou&t"), {});
    make("addUser", QCoreApplication::translate("dmad::ui::MainWindow", "&Add User..."), {});
    make("backupProject", QCoreApplication::translate("dmad::ui::MainWindow", "&Backup Project..."),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+Shift+B")));
    make("restoreProject", QCoreApplication::translate("dmad::ui::MainWindow", "&Restore Project..."), {});
    make("quit", QCoreApplication::translate("dmad::ui::MainWindow", "&Quit"), QKeySequence::Quit);
    make("markNormal", QCoreApplication::translate("dmad::ui::MainWindow", "Mark &Normal"),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "N")));
    make("markDefective", QCoreApplication::translate("dmad::ui::MainWindow", "Mark &Defective"),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "D")));
    make("markUnlabelled", QCoreApplication::translate("dmad::ui::MainWindow", "Mark &Unlabelled"),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "U")));
    make("toggleReviewed", QCoreApplication::translate("dmad::ui::MainWindow", "Toggle &Reviewed"),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "R")));
    make("toggleSplit", QCoreApplication::translate("dmad::ui::MainWindow", "Move to Train / &Test Split"),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "T")));
    make("saveMask", QCoreApplication::translate("dmad::ui::MainWindow", "&Save Mask"), QKeySequence::Save);
    make("newDefectType", QCoreApplication::translate("dmad::ui::MainWindow", "New Defect T&ype..."), {});
    make("preferences", QCoreApplication::translate("dmad::ui::MainWindow", "&Preferences..."),
         QKeySequence::Preferences);
    make("about", QCoreApplication::translate("dmad::ui::MainWindow", "&About DMAD Studio"), {});
    make("nextImage", QCoreApplication::translate("dmad::ui::MainWindow", "Ne&xt Image"),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+Right")));
    make("previousImage", QCoreApplication::translate("dmad::ui::MainWindow", "Pre&vious Image"),
         QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+Left")));
}

QAction* MainActions::make(const char* name, const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, m_window);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty()) action->setShortcut(shortcut);
    m_window->addAction(action);
    return action;
}

QAction* MainActions::get(const char* name) const {
    return m_window->findChild<QAction*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
}

void MainActions::buildMenus(MaskCanvas* canvas, const QVector<QDockWidget*>& docks) {
    QMenuBar* bar = m_window->menuBar();
    const auto add = [this](QMenu* menu, std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (name == nullptr) {
                menu->addSeparator();
            } else {
                menu->addAction(get(name));
            }
        }
    };
    add(bar->addMenu(QCoreApplication::translate("dmad::ui::MainWindow", "&File")),
        {"newProject", "openProject", "connectToServer", "closeProject", nullptr, "importMvtec", "importFolder",
         "exportMvtec", "exportCsv", "checkFiles", nullptr, "backupProject", "restoreProject", nullptr, "signOut",
         "addUser", nullptr, "quit"});

    QMenu* edit = bar->addMenu(QCoreApplication::translate("dmad::ui::MainWindow", "&Edit"));
    edit->addAction(canvas->undoAction());
    edit->addAction(canvas->redoAction());
    edit->addSeparator();
    edit->addAction(get("saveMask"));
    edit->addAction(canvas->clearAction());
    edit->addSeparator();
    edit->addAction(get("preferences"));

    add(bar->addMenu(QCoreApplication::translate("dmad::ui::MainWindow", "&Label")),
        {"markNormal", "markDefective", "markUnlabelled", "toggleReviewed", "toggleSplit", nullptr, "newDefectType",
         nullptr, "nextImage", "previousImage"});

    QMenu* view = bar->addMenu(QCoreApplication::translate("dmad::ui::MainWindow", "&View"));
    for (QAction* zoom :
         {canvas->zoomInAction(), canvas->zoomOutAction(), canvas->fitAction(), canvas->actualSizeAction()}) {
        view->addAction(zoom);
    }
    view->addSeparator();
    for (QDockWidget* dock : docks) view->addAction(dock->toggleViewAction());

    m_help = bar->addMenu(QCoreApplication::translate("dmad::ui::MainWindow", "&Help"));
    m_help->addAction(get("about"));
}

QMenu* MainActions::insertMenu(const QString& title) {
    auto* menu = new QMenu(title, m_window);
    m_window->menuBar()->insertMenu(m_help->menuAction(), menu);
    return menu;
}

void MainActions::update(const State& state) {
    const bool image = state.projectOpen && state.imageShown;
    const bool writable = state.projectOpen && state.writable;
    for (const char* name : {"exportMvtec", "exportCsv", "checkFiles", "closeProject", "backupProject"})
        get(name)->setEnabled(state.projectOpen);
    for (const char* name : {"importMvtec", "importFolder", "newDefectType"}) get(name)->setEnabled(writable);
    for (const char* name : {"markNormal", "markDefective", "markUnlabelled", "toggleSplit", "saveMask"})
        get(name)->setEnabled(image && writable);
    // Review state is a supervisor's; core/project refuses it anyway (and audits the attempt).
    get("toggleReviewed")->setEnabled(image && writable && state.mayReview);
    get("signOut")->setEnabled(state.projectOpen && state.signedIn);
    get("addUser")->setEnabled(state.projectOpen && state.administrator);
}

}  // namespace dmad::ui
