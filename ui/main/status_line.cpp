#include "ui/main/status_line.h"

#include "ui/canvas/mask_canvas.h"
#include "ui/review/session.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

// Texts that moved here from the main window keep its translation context, so they stay translated.
namespace dmad::ui {

namespace {

QString roleText(project::UserRole role) {
    switch (role) {
    case project::UserRole::Labeller: return QCoreApplication::translate("dmad::ui::MainWindow", "labeller");
    case project::UserRole::Supervisor: return QCoreApplication::translate("dmad::ui::MainWindow", "supervisor");
    case project::UserRole::Administrator: return QCoreApplication::translate("dmad::ui::MainWindow", "administrator");
    }
    return {};
}

}  // namespace

StatusLine::StatusLine(QStatusBar* bar, MaskCanvas* canvas, Session* session)
    : QObject(bar), m_bar(bar), m_session(session), m_image(new QLabel(bar)), m_user(new QLabel(bar)),
      m_cursor(new QLabel(bar)), m_zoom(new QLabel(bar)) {
    m_image->setObjectName(QStringLiteral("imageStatus"));
    m_user->setObjectName(QStringLiteral("userStatus"));
    bar->addWidget(m_image, 1);
    bar->addPermanentWidget(m_user);
    bar->addPermanentWidget(m_cursor);
    bar->addPermanentWidget(m_zoom);
    connect(canvas, &ImageView::zoomChanged, this, [this](double zoom) {
        m_zoom->setText(
            QCoreApplication::translate("dmad::ui::MainWindow", "%1 %").arg(QLocale().toString(zoom * 100.0, 'f', 0)));
    });
    connect(canvas, &ImageView::cursorMoved, this, [this](const QPoint& pixel) {
        m_cursor->setText(
            QCoreApplication::translate("dmad::ui::MainWindow", "x %1, y %2").arg(pixel.x()).arg(pixel.y()));
    });
    connect(canvas, &ImageView::cursorLeft, m_cursor, &QLabel::clear);
    connect(session, &Session::changed, this, &StatusLine::updateUser);
    connect(session, &Session::refused, this, [this](const QString& text) { showMessage(text); });
    updateUser();
}

void StatusLine::showImageStatus(const QString& text) {
    m_image->setText(text);
}

void StatusLine::showMessage(const QString& text, int timeoutMs) {
    m_bar->showMessage(text, timeoutMs);
}

void StatusLine::updateUser() {
    m_user->setText(m_session->isSignedIn() ? QCoreApplication::translate("dmad::ui::MainWindow", "%1 (%2)")
                                                  .arg(m_session->userName(), roleText(m_session->role()))
                                            : QCoreApplication::translate("dmad::ui::MainWindow", "not signed in"));
}

}  // namespace dmad::ui
