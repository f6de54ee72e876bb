#include "ui/main/main_actions.h"

#include "ui/canvas/mask_canvas.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace dmad::ui {

MainActions::MainActions(QMainWindow* window) : QObject(window), m_window(window) {
    make("newProject", tr("&New Project..."), QKeySequence::New);
    make("openProject", tr("&Open Project..."), QKeySequence::Open);
    make("closeProject", tr("&Close Project"), {});
    make("importMvtec", tr("Import &MVTec Folder..."), QKeySequence(tr("Ctrl+I")));
    make("importFolder", tr("Import Image &Folder..."), QKeySequence(tr("Ctrl+Shift+I")));
    make("exportMvtec", tr("&Export MVTec..."), QKeySequence(tr("Ctrl+E")));
    make("exportCsv", tr("Export &CSV..."), QKeySequence(tr("Ctrl+Shift+E")));
    make("checkFiles", tr("Check &Files"), {});
    make("signOut", tr("Sign &Out"), {});
    make("addUser", tr("&Add User..."), {});
    make("backupProject", tr("&Backup Project..."), QKeySequence(tr("Ctrl+Shift+B")));
    make("restoreProject", tr("&Restore Project..."), {});
    make("quit", tr("&Quit"), QKeySequence::Quit);
    make("markNormal", tr("Mark &Normal"), QKeySequence(tr("N")));
    make("markDefective", tr("Mark &Defective"), QKeySequence(tr("D")));
    make("markUnlabelled", tr("Mark &Unlabelled"), QKeySequence(tr("U")));
    make("toggleReviewed", tr("Toggle &Reviewed"), QKeySequence(tr("R")));
    make("toggleSplit", tr("Move to Train / &Test Split"), QKeySequence(tr("T")));
    make("saveMask", tr("&Save Mask"), QKeySequence::Save);
    make("newDefectType", tr("New Defect &Type..."), {});
    make("preferences", tr("&Preferences..."), QKeySequence::Preferences);
    make("about", tr("&About DMAD Studio"), {});
    make("nextImage", tr("Ne&xt Image"), QKeySequence(tr("Ctrl+Right")));
    make("previousImage", tr("Pre&vious Image"), QKeySequence(tr("Ctrl+Left")));
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
    add(bar->addMenu(tr("&File")), {"newProject", "openProject", "closeProject", nullptr, "importMvtec", "importFolder",
                                    "exportMvtec", "exportCsv", "checkFiles", nullptr, "backupProject",
                                    "restoreProject", nullptr, "signOut", "addUser", nullptr, "quit"});

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(canvas->undoAction());
    edit->addAction(canvas->redoAction());
    edit->addSeparator();
    edit->addAction(get("saveMask"));
    edit->addAction(canvas->clearAction());
    edit->addSeparator();
    edit->addAction(get("preferences"));

    add(bar->addMenu(tr("&Label")), {"markNormal", "markDefective", "markUnlabelled", "toggleReviewed", "toggleSplit",
                                     nullptr, "newDefectType", nullptr, "nextImage", "previousImage"});

    QMenu* view = bar->addMenu(tr("&View"));
    for (QAction* zoom :
         {canvas->zoomInAction(), canvas->zoomOutAction(), canvas->fitAction(), canvas->actualSizeAction()}) {
        view->addAction(zoom);
    }
    view->addSeparator();
    for (QDockWidget* dock : docks) view->addAction(dock->toggleViewAction());

    m_help = bar->addMenu(tr("&Help"));
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
