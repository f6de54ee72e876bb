// The first screen while no project is open: a welcome, the recent projects, New, Open, a server and the demo.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace dmad::ui {

// The recent project folders, newest first, in the application's settings.
struct RecentProjects {
    static constexpr int kMax = 8;
    static QStringList folders();
    static void add(const QString& folder);
    static void remove(const QString& folder);
};

class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // Reads the recent projects again (folders that are gone are listed greyed, with a note).
    void refresh();
    void setDemoAvailable(bool available);
    // The "Connect to Server..." button is shown only where a server can be reached (the QPSQL driver).
    void setServerAvailable(bool available);

    QListWidget* recentList() const { return m_recent; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* demoButton() const { return m_demo; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void connectRequested();
    void demoRequested();
    void recentChosen(const QString& folder);

private:
    void choose(QListWidgetItem* item);

    QListWidget* m_recent;
    QLabel* m_noRecent;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_connect;
    QPushButton* m_demo;
};

}  // namespace dmad::ui
