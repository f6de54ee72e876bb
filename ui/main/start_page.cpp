#include "ui/main/start_page.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace dmad::ui {

namespace {

const QString kRecentKey = QStringLiteral("startPage/recentProjects");

}  // namespace

QStringList RecentProjects::folders() {
    return QSettings().value(kRecentKey).toStringList();
}

void RecentProjects::add(const QString& folder) {
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QStringList list = folders();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kRecentKey, list.mid(0, kMax));
}

void RecentProjects::remove(const QString& folder) {
    QStringList list = folders();
    list.removeAll(QFileInfo(folder).absoluteFilePath());
    QSettings().setValue(kRecentKey, list);
}

StartPage::StartPage(QWidget* parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_noRecent(new QLabel(this)),
      m_new(new QPushButton(tr("&New Project..."), this)), m_open(new QPushButton(tr("&Open Project..."), this)),
      m_connect(new QPushButton(tr("Connect to &Server..."), this)),
      m_demo(new QPushButton(tr("Open the &Demo Project"), this)) {
    setObjectName(QStringLiteral("startPage"));
    auto* title = new QLabel(tr("<h2>Welcome to DMAD Studio</h2>"
                                "<p>Label product images, train an anomaly model and review its OK / NG "
                                "verdicts. Start with a project: a folder that holds its images, masks and "
                                "models.</p>"),
                             this);
    title->setWordWrap(true);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_noRecent->setText(tr("No recent projects yet."));
    m_noRecent->setEnabled(false);
    m_new->setObjectName(QStringLiteral("startNew"));
    m_open->setObjectName(QStringLiteral("startOpen"));
    m_connect->setObjectName(QStringLiteral("startConnect"));
    m_connect->setToolTip(tr("Open a team's project on a PostgreSQL server"));
    m_connect->setVisible(false);
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_demo->setToolTip(tr("A small project built from the sample images, to try every step"));
    m_demo->setEnabled(false);

    // One narrow column: the window beside the docks may leave the page little width.
    auto* column = new QVBoxLayout;
    column->addWidget(title);
    for (QPushButton* button : {m_new, m_open, m_connect, m_demo}) column->addWidget(button);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("<b>Recent projects</b>"), this));
    column->addWidget(m_noRecent);
    column->addWidget(m_recent, 1);
    // Without recent projects (the list hidden) the rest stays at the top instead of spreading out.
    column->addStretch(0);
    // A readable column in the middle of a large window, scrolled in a small one: the page must not
    // make the window taller than a small screen (its height adds to the docks' minimum).
    auto* content = new QWidget;
    auto* centred = new QHBoxLayout(content);
    centred->addStretch(1);
    centred->addLayout(column, 4);
    centred->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_connect, &QPushButton::clicked, this, &StartPage::connectRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::choose);
    refresh();
}

void StartPage::refresh() {
    m_recent->clear();
    for (const QString& folder : RecentProjects::folders()) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_recent);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
        if (!QFileInfo(folder).isDir()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 is not there any more (moved or on a drive not connected)")
                                 .arg(QDir::toNativeSeparators(folder)));
        }
    }
    m_noRecent->setVisible(m_recent->count() == 0);
    m_recent->setVisible(m_recent->count() > 0);
    if (m_recent->count() > 0) m_recent->setCurrentRow(0);
}

void StartPage::setDemoAvailable(bool available) {
    m_demo->setEnabled(available);
}

void StartPage::setServerAvailable(bool available) {
    m_connect->setVisible(available);
}

void StartPage::choose(QListWidgetItem* item) {
    if (item && (item->flags() & Qt::ItemIsEnabled)) Q_EMIT recentChosen(item->data(Qt::UserRole).toString());
}

}  // namespace dmad::ui
