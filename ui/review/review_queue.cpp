#include "ui/review/review_queue.h"

#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "ui/dialogs/app_settings.h"
#include "ui/review/review_filter_proxy.h"
#include "ui/review/review_queue_model.h"
#include "ui/review/session.h"
#include "ui/review/supervisor_actions.h"
#include "ui/review/verdict.h"
#include "ui/team/conflict_question.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dmad::ui {
namespace {

QToolButton* actionButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

}  // namespace

ReviewQueue::ReviewQueue(project::ProjectStore& store, Session& session, QWidget* parent)
    : QWidget(parent), m_store(store), m_session(session), m_defaultThreshold(AppSettings().imageThreshold()),
      m_model(new ReviewQueueModel(this)), m_proxy(new ReviewFilterProxy(this)), m_view(new QTableView(this)),
      m_category(new QComboBox(this)), m_unreviewedOnly(new QCheckBox(tr("&Unreviewed only"), this)),
      m_modelLabel(new QLabel(this)), m_note(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewQueueModel::ScoreColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0.000")) + 16);
    // The figures take what they need; the image name gets the rest (it is what tells rows apart).
    for (const int column :
         {ReviewQueueModel::CategoryColumn, ReviewQueueModel::LabelColumn, ReviewQueueModel::ScoreColumn,
          ReviewQueueModel::VerdictColumn, ReviewQueueModel::ReviewedColumn}) {
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_view->setAlternatingRowColors(true);
    // One line per image: folder/file is shortened in the middle rather than wrapped at the slash.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);

    m_category->setObjectName(QStringLiteral("category"));
    m_unreviewedOnly->setObjectName(QStringLiteral("unreviewedOnly"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->hide();

    createActions();

    auto* filters = new QHBoxLayout;
    auto* categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_unreviewedOnly);
    filters->addStretch();
    filters->addWidget(m_modelLabel);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_acceptLabel, m_rejectLabel, m_acceptPrediction})
        buttons->addWidget(actionButton(action, this));
    buttons->addStretch();
    buttons->addWidget(actionButton(m_refresh, this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_category->currentData();
        m_proxy->setCategory(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
    });
    connect(m_unreviewedOnly, &QCheckBox::toggled, m_proxy, &ReviewFilterProxy::setUnreviewedOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_following)
                    Q_EMIT imageActivated(current.data(ReviewQueueModel::ImageIdRole).toLongLong());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewQueue::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReviewQueue::updateActions);
    connect(&m_session, &Session::changed, this, &ReviewQueue::updateActions);

    reload();
}

void ReviewQueue::createActions() {
    const auto make = [this](const QString& text, const QKeySequence& key, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(tip);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_acceptLabel = make(tr("&Accept Label"), QKeySequence(Qt::Key_A),
                         tr("Confirm the labeller's label and mark the image reviewed"));
    m_rejectLabel = make(tr("&Reject Label..."), QKeySequence(Qt::Key_X),
                         tr("Send the image back to the labellers: unlabelled and unreviewed"));
    m_acceptPrediction = make(tr("Accept &Prediction"), QKeySequence(Qt::Key_P),
                              tr("Label the image as the model's verdict says (NG: defective, OK: normal)"));
    m_refresh = make(tr("Re&fresh"), QKeySequence::Refresh, tr("Read the queue from the project again"));
    m_acceptLabel->setObjectName(QStringLiteral("acceptLabel"));
    m_rejectLabel->setObjectName(QStringLiteral("rejectLabel"));
    m_acceptPrediction->setObjectName(QStringLiteral("acceptPrediction"));
    m_refresh->setObjectName(QStringLiteral("refresh"));

    connect(m_acceptLabel, &QAction::triggered, this, &ReviewQueue::acceptLabels);
    connect(m_rejectLabel, &QAction::triggered, this, &ReviewQueue::rejectLabels);
    connect(m_acceptPrediction, &QAction::triggered, this, &ReviewQueue::acceptPredictions);
    connect(m_refresh, &QAction::triggered, this, &ReviewQueue::reload);
}

void ReviewQueue::setDefaultThreshold(double threshold) {
    m_defaultThreshold = threshold;
    reload();
}

namespace {

ReviewQueueData readQueue(project::ProjectStore& store, double fallbackThreshold) {
    ReviewQueueData data;
    data.model = project::ModelRepository(store).active();
    if (!data.model) return data;
    const project::ScoreRepository scores(store);
    QHash<qint64, double> thresholds;
    for (ScoredImage& scored : loadScoredImages(store, data.model->id)) {
        const qint64 category = scored.image.categoryId;
        if (!thresholds.contains(category))
            thresholds.insert(category,
                              project::thresholdInForce(scores, category, data.model->id, fallbackThreshold).value);
        data.rows.push_back({std::move(scored.image), scored.score, thresholds.value(category)});
    }
    return data;
}

}  // namespace

ReviewQueue::~ReviewQueue() = default;  // m_reads waits for the reads still running

void ReviewQueue::reload() {
    const int generation = ++m_generation;
    m_loading = true;
    try {
        rebuildCategoryCombo();  // a handful of rows: the filter is usable before the images arrive
    } catch (const project::ProjectError& error) {
        showNote(tr("The categories could not be read: %1").arg(error.message()), true);
    }
    const double fallback = m_defaultThreshold;
    auto* watcher = new QFutureWatcher<ProjectRead<ReviewQueueData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) showLoaded(watcher->result());
    });
    const auto future = readProjectAsync<ReviewQueueData>(
        m_store, [fallback](project::ProjectStore& store) { return readQueue(store, fallback); });
    m_reads.add(future);
    watcher->setFuture(future);
}

void ReviewQueue::showLoaded(const ProjectRead<ReviewQueueData>& read) {
    m_loading = false;
    const auto current = m_view->currentIndex();
    const qint64 currentImage = current.isValid() ? current.data(ReviewQueueModel::ImageIdRole).toLongLong() : 0;
    if (!read.value) {
        m_model->setRows({});
        showNote(tr("The review queue could not be read: %1").arg(read.error), true);
        updateActions();
        Q_EMIT loaded();
        return;
    }
    const auto& model = read.value->model;
    m_modelId = model ? std::optional<qint64>(model->id) : std::nullopt;
    m_model->setRows(read.value->rows);
    m_modelLabel->setText(model ? tr("Model v%1").arg(model->version) : QString());
    if (model)
        m_note->hide();
    else
        showNote(tr("There is no active model yet: train one to fill the review queue."), false);
    if (const qint64 wanted = currentImage != 0 ? currentImage : m_followed; wanted != 0) selectImage(wanted);
    updateActions();
    Q_EMIT loaded();
}

void ReviewQueue::rebuildCategoryCombo() {
    const QVariant selected = m_category->currentData();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"));
    for (const project::Category& category : project::CategoryRepository(m_store).all())
        m_category->addItem(category.name, category.id);
    const int index = selected.isValid() ? m_category->findData(selected) : 0;
    m_category->setCurrentIndex(std::max(index, 0));
    const QVariant id = m_category->currentData();
    m_proxy->setCategory(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
}

void ReviewQueue::refreshImage(qint64 imageId) {
    try {
        if (const auto image = project::ImageRepository(m_store).byId(imageId)) m_model->updateImage(*image);
    } catch (const project::ProjectError& error) {
        showNote(tr("Image %1 could not be read: %2").arg(imageId).arg(error.message()), true);
    }
    updateActions();
}

void ReviewQueue::setCategoryThreshold(qint64 categoryId, double threshold) {
    m_model->setCategoryThreshold(categoryId, threshold);
}

void ReviewQueue::showCategory(std::optional<qint64> categoryId) {
    const int index = categoryId ? m_category->findData(*categoryId) : 0;
    if (index >= 0) m_category->setCurrentIndex(index);
}

void ReviewQueue::selectImage(qint64 imageId) {
    m_followed = imageId;
    const auto row = m_model->rowOf(imageId);
    if (!row) return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(*row, 0));
    if (!index.isValid()) return;
    const QScopedValueRollback<bool> following(m_following, true);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ReviewQueue::moveTo(qint64 imageId) {
    selectImage(imageId);
    Q_EMIT imageActivated(imageId);
}

bool ReviewQueue::confirmReject(int count) {
    QMessageBox box(QMessageBox::Question, tr("Reject Label"),
                    tr("Send %n image(s) back to the labellers? Their labels become \"unlabelled\".", nullptr, count),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmReject"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

QVector<qint64> ReviewQueue::selectedImageIds() const {
    QVector<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.push_back(index.data(ReviewQueueModel::ImageIdRole).toLongLong());
    return ids;
}

QString ReviewQueue::message() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

bool ReviewQueue::selectionHasLabel() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    return std::any_of(rows.begin(), rows.end(), [](const QModelIndex& index) {
        return index.data(ReviewQueueModel::StatusRole).toInt() != static_cast<int>(project::ImageStatus::Unlabelled);
    });
}

void ReviewQueue::updateActions() {
    const bool supervisor = m_session.isSupervisor();
    const bool selected = m_view->selectionModel()->hasSelection();
    m_acceptLabel->setEnabled(supervisor && selected && selectionHasLabel());
    m_rejectLabel->setEnabled(supervisor && selected);
    m_acceptPrediction->setEnabled(supervisor && selected && m_modelId.has_value());
    const QString why = supervisor ? QString() : tr("Supervisors only");
    for (QAction* action : {m_acceptLabel, m_rejectLabel, m_acceptPrediction})
        action->setToolTip(why.isEmpty() ? action->statusTip()
                                         : QStringLiteral("%1 (%2)").arg(action->statusTip(), why));
}

void ReviewQueue::acceptLabels() {
    decide([](SupervisorActions& actions, const QVector<qint64>& ids, const project::ShownVersions& shown) {
        return actions.acceptLabels(ids, shown);
    });
}

void ReviewQueue::rejectLabels() {
    const int count = static_cast<int>(selectedImageIds().size());
    if (count == 0 || (m_session.isSupervisor() && !confirmReject(count))) return;
    decide([](SupervisorActions& actions, const QVector<qint64>& ids, const project::ShownVersions& shown) {
        return actions.rejectLabels(ids, shown);
    });
}

void ReviewQueue::acceptPredictions() {
    decide([this](SupervisorActions& actions, const QVector<qint64>& ids, const project::ShownVersions& shown) {
        return actions.acceptPredictions(ids, m_modelId.value_or(0), m_defaultThreshold, shown);
    });
}

project::ShownVersions ReviewQueue::shownVersions(const QVector<qint64>& imageIds) const {
    // Only another station changes an image behind the queue's back: on a server.
    if (!m_store.isServer()) return {};
    project::ShownVersions shown;
    for (const qint64 id : imageIds) {
        if (const auto row = m_model->rowOf(id)) shown.insert(id, m_model->rowAt(*row).image.rowVersion);
    }
    return shown;
}

// Applies one decision to the selected images, then moves on to the image that followed the current
// one, so a supervisor can work through the queue with the keyboard alone.
template <typename Decide>
void ReviewQueue::decide(Decide decide) {
    const QVector<qint64> ids = selectedImageIds();
    if (ids.isEmpty()) return;
    QVector<qint64> order;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order.push_back(m_proxy->index(row, 0).data(ReviewQueueModel::ImageIdRole).toLongLong());
    const int currentRow = m_view->currentIndex().row();

    SupervisorActions actions(m_store, m_session);
    ActionOutcome outcome = decide(actions, ids, shownVersions(ids));
    // Another station changed a selected image since the queue showed it: nothing was decided; ask,
    // as a label save does. Keeping mine decides again on the images as they are now.
    while (outcome.conflict) {
        const ConflictChoice choice = askAboutConflict(
            this, tr("the label of %n selected image(s)", nullptr, static_cast<int>(ids.size())), outcome.error);
        if (choice == ConflictChoice::KeepEditing) return showNote(outcome.error, true);
        for (const qint64 id : ids) refreshImage(id);
        if (choice == ConflictChoice::TakeTheirs)
            return showNote(tr("The queue shows the other station's labels now; nothing was decided."), false);
        outcome = decide(actions, ids, shownVersions(ids));
    }
    if (!outcome.ok()) {
        showNote(outcome.error, true);
        return;
    }
    m_note->hide();
    for (const qint64 id : ids) refreshImage(id);
    Q_EMIT labelsChanged(ids);

    for (int row = currentRow + 1; row < order.size(); ++row) {
        if (isShown(order[row])) return moveTo(order[row]);
    }
    if (m_proxy->rowCount() > 0)
        moveTo(m_proxy->index(m_proxy->rowCount() - 1, 0).data(ReviewQueueModel::ImageIdRole).toLongLong());
}

bool ReviewQueue::isShown(qint64 imageId) const {
    const auto row = m_model->rowOf(imageId);
    return row && m_proxy->mapFromSource(m_model->index(*row, 0)).isValid();
}

void ReviewQueue::showNote(const QString& text, bool isError) {
    m_note->setText(text);
    m_note->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_note->show();
}

}  // namespace dmad::ui
