// The main window's actions (names, texts, shortcuts), its menus, and which actions are enabled when.
#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace dmad::ui {

class MaskCanvas;

// One meaning per key: N, D, U mark normal, defective, unlabelled; R toggles Reviewed; T moves an
// image between the splits (the review queue rejects with X). The window connects triggered().
class MainActions : public QObject {
    Q_OBJECT

public:
    explicit MainActions(QMainWindow* window);

    QAction* get(const char* name) const;
    // File, Edit, Label, View (with `docks`) and Help; later menus go before Help (insertMenu()).
    void buildMenus(MaskCanvas* canvas, const QVector<QDockWidget*>& docks);
    QMenu* insertMenu(const QString& title);

    struct State {
        bool projectOpen = false;
        bool imageShown = false;
        bool writable = false;
        bool mayReview = false;  // a supervisor (or nobody signed in: core/project decides)
        bool signedIn = false;
        bool administrator = false;
    };
    void update(const State& state);

private:
    QAction* make(const char* name, const QString& text, const QKeySequence& shortcut);

    QMainWindow* m_window;
    QMenu* m_help = nullptr;
};

}  // namespace dmad::ui
