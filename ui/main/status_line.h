// The status bar's permanent parts: the shown image, who works (and in which role), the cursor and the zoom.
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace dmad::ui {

class MaskCanvas;
class Session;

class StatusLine : public QObject {
    Q_OBJECT

public:
    StatusLine(QStatusBar* bar, MaskCanvas* canvas, Session* session);

    QLabel* imageLabel() const { return m_image; }

public Q_SLOTS:
    void showImageStatus(const QString& text);
    void showMessage(const QString& text, int timeoutMs = 5000);

private:
    void updateUser();

    QStatusBar* m_bar;
    Session* m_session;
    QLabel* m_image;
    QLabel* m_user;
    QLabel* m_cursor;
    QLabel* m_zoom;
};

}  // namespace dmad::ui
