#include "ui/review/audit_log_view.h"

#include "project/audit_log.h"
#include "project/image_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "ui/review/audit_csv.h"
#include "ui/review/audit_log_model.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dmad::ui {
namespace {

QToolButton* actionButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

}  // namespace

AuditLogView::AuditLogView(project::ProjectStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_model(new AuditLogModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this)), m_note(new QLabel(this)),
      m_refresh(new QAction(tr("Re&fresh"), this)), m_export(new QAction(tr("&Export CSV..."), this)),
      m_poll(new QTimer(this)) {
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &AuditLogView::refreshWhenChanged);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AuditLogModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by user or action"));
    m_filter->setClearButtonEnabled(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));  // Ctrl+E is Export MVTec
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setStatusTip(tr("Save the entries shown as a CSV file"));
    addAction(m_refresh);
    addAction(m_export);
    connect(m_refresh, &QAction::triggered, this, &AuditLogView::refresh);
    connect(m_export, &QAction::triggered, this, &AuditLogView::exportWithDialog);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditLogView::setFilterText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(actionButton(m_refresh, this));
    bar->addWidget(actionButton(m_export, this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    refresh();
}

AuditLogView::~AuditLogView() = default;  // m_reads waits for the reads still running

void AuditLogView::refresh() {
    const int generation = ++m_generation;
    m_loading = true;
    auto* watcher = new QFutureWatcher<ProjectRead<Page>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) showLoaded(watcher->result());
    });
    const auto future = readProjectAsync<Page>(m_store, [](project::ProjectStore& store) {
        const project::AuditLog log(store);
        Page page{log.recent(kMaxEntries), log.count(), {}};
        for (const project::ImageRecord& image : project::ImageRepository(store).all()) {
            const QFileInfo file(image.path);
            page.subjectNames.insert(QStringLiteral("image:%1").arg(image.id),
                                                    file.dir().dirName() + QLatin1Char('/') + file.fileName());
        }
        return page;
    });
    m_reads.add(future);
    watcher->setFuture(future);
}

void AuditLogView::showLoaded(const ProjectRead<Page>& read) {
    m_loading = false;
    if (!read.value) {
        m_model->setEntries({});
        showNote(tr("The audit log could not be read: %1").arg(read.error), true);
    } else {
        m_model->setEntries(read.value->entries, read.value->subjectNames);
        m_loadedTotal = read.value->total;
        if (read.value->total > kMaxEntries)
            showNote(tr("Showing the newest %1 of %2 entries.").arg(kMaxEntries).arg(read.value->total), false);
        else
            m_note->hide();
    }
    Q_EMIT loaded();
}

void AuditLogView::setFilterText(const QString& text) {
    if (m_filter->text() != text) m_filter->setText(text);  // comes back here through textChanged
    m_proxy->setFilterRegularExpression(
        QRegularExpression(QRegularExpression::escape(text.trimmed()), QRegularExpression::CaseInsensitiveOption));
}

QVector<project::AuditEntry> AuditLogView::shownEntries() const {
    QVector<project::AuditEntry> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.push_back(m_model->entries().at(m_proxy->index(row, 0).data(AuditLogModel::EntryIndexRole).toInt()));
    return shown;
}

void AuditLogView::refreshWhenChanged() {
    if (!isVisible()) {
        m_poll->stop();
        return;
    }
    if (m_loading) return;
    try {
        if (project::AuditLog(m_store).count() != m_loadedTotal) refresh();
    } catch (const project::ProjectError& error) {
        showNote(tr("The audit log could not be read: %1").arg(error.message()), true);
    }
}

void AuditLogView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_poll->start();
    refreshWhenChanged();
}

QString AuditLogView::message() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

bool AuditLogView::exportCsv(const QString& path) {
    const QVector<project::AuditEntry> entries = shownEntries();
    if (const QString error = writeAuditCsv(path, entries); !error.isEmpty()) {
        showNote(error, true);
        return false;
    }
    showNote(
        tr("%n entries written to %1.", nullptr, static_cast<int>(entries.size())).arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

void AuditLogView::exportWithDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Log"),
        QDir(m_store.directory()).filePath(QStringLiteral("audit-log.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportCsv(path);
}

void AuditLogView::showNote(const QString& text, bool isError) {
    m_note->setText(text);
    m_note->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_note->show();
}

}  // namespace dmad::ui
