#include "ui/main/model_menu.h"

#include "project/access.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/supervision.h"
#include "ui/training/model_versions_model.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

// Texts that moved here from the main window keep its translation context, so they stay translated.
namespace dmad::ui {

namespace {

QString thresholdText(const std::optional<project::CategoryThreshold>& threshold) {
    if (!threshold) return QCoreApplication::translate("dmad::ui::MainWindow", "none");
    const QString value = QLocale().toString(threshold->value, 'f', 3);
    return threshold->source == project::CategoryThreshold::Source::Supervisor
               ? QCoreApplication::translate("dmad::ui::MainWindow", "%1 (set by a supervisor)").arg(value)
               : QCoreApplication::translate("dmad::ui::MainWindow", "%1 (suggested)").arg(value);
}

}  // namespace

ModelMenu::ModelMenu(QMainWindow* window, QMenu* menu, TrainingDock* dock, TrainingController* training)
    : QObject(window), m_window(window), m_dock(dock), m_training(training) {
    QAction* train = dock->trainAction();
    train->setShortcuts(
        {QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+T")), train->shortcut()});
    QAction* retrain = dock->retrainAction();
    retrain->setShortcuts(
        {QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+R")), retrain->shortcut()});
    QAction* cancel = dock->cancelAction();
    cancel->setShortcut(QKeySequence(QCoreApplication::translate("dmad::ui::MainWindow", "Ctrl+Shift+T")));
    for (QAction* action : {train, retrain, cancel}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
        menu->addAction(action);
    }
    menu->addSeparator();
    m_versions = menu->addMenu(QCoreApplication::translate("dmad::ui::MainWindow", "Active &Version"));
    m_versions->setObjectName(QStringLiteral("versionsMenu"));
    m_versions->setEnabled(false);
    connect(training, &TrainingController::modelsChanged, this, &ModelMenu::rebuild);
    connect(training, &TrainingController::activeModelChanged, this, &ModelMenu::rebuild);
    connect(training, &TrainingController::started, this, [this](bool incremental) {
        m_dock->show();
        m_dock->raise();
        Q_EMIT message(incremental ? QCoreApplication::translate("dmad::ui::MainWindow", "Retraining...")
                                   : QCoreApplication::translate("dmad::ui::MainWindow", "Training..."),
                       0);
    });
    connect(training, &TrainingController::finished, this, [this](int version) {
        Q_EMIT message(QCoreApplication::translate("dmad::ui::MainWindow",
                                                   "Model version %1 is trained; every image has its score.")
                           .arg(version),
                       8000);
    });
    connect(training, &TrainingController::failed, this, [this](const QString& text) {
        Q_EMIT message(QString(), 1);
        Q_EMIT failed(QCoreApplication::translate("dmad::ui::MainWindow", "Training failed.\n\n%1").arg(text));
    });
    connect(training, &TrainingController::cancelled, this, [this] {
        Q_EMIT message(
            QCoreApplication::translate("dmad::ui::MainWindow", "Training cancelled; the active model is unchanged."),
            5000);
    });
    connect(training, &TrainingController::busyChanged, this,
            [this] { m_versions->setEnabled(!m_training->isBusy() && !m_versions->isEmpty()); });
}

void ModelMenu::rebuild() {
    m_versions->clear();
    const ModelVersionsModel* versions = m_dock->versionsModel();
    auto* group = new QActionGroup(m_versions);
    const int active = versions->activeRow();
    for (int row = 0; row < versions->rowCount(); ++row) {
        const qint64 modelId = versions->modelId(row);
        const QString created = versions->index(row, ModelVersionsModel::Created).data().toString();
        const QString setting = versions->index(row, ModelVersionsModel::Setting).data().toString();
        QAction* item = m_versions->addAction(
            QCoreApplication::translate("dmad::ui::MainWindow", "Version %1  (%2, %3)")
                .arg(versions->index(row, ModelVersionsModel::Version).data().toString(), created, setting));
        item->setObjectName(QStringLiteral("modelVersion%1").arg(modelId));
        item->setCheckable(true);
        item->setChecked(row == active);
        group->addAction(item);
        connect(item, &QAction::triggered, this, [this, modelId, row, active] {
            if (row != active) activateVersion(modelId);
        });
    }
    m_versions->setEnabled(versions->rowCount() > 0 && !m_training->isBusy());
}

void ModelMenu::activateVersion(qint64 modelId) {
    if (!m_store || m_training->isBusy()) return;
    QVector<project::ThresholdChange> changes;
    std::optional<project::ModelRecord> model;
    try {
        // Refused (and audited) here, before anything is loaded.
        project::requireAllowed(*m_store, m_userName, project::Action::ActivateModel,
                                QStringLiteral("model:%1").arg(modelId));
        changes = project::Supervision(*m_store, m_userName).activationPreview(modelId);
        model = project::ModelRepository(*m_store).byId(modelId);
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
        rebuild();  // the checked item goes back to the active version
        return;
    }
    if (!model) return;
    QString table =
        QCoreApplication::translate("dmad::ui::MainWindow",
                                    "<p>Activate version %1? Per category, the threshold in force now and the one the "
                                    "version suggests:</p><table cellspacing=\"6\"><tr><th align=\"left\">Category</th>"
                                    "<th align=\"left\">In force</th><th align=\"left\">Suggested by v%1</th></tr>")
            .arg(model->version);
    for (const project::ThresholdChange& change : std::as_const(changes)) {
        table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>") .arg(
            change.categoryName.toHtmlEscaped(), thresholdText(change.current),
            change.suggested ? QLocale().toString(*change.suggested, 'f', 3)
                             : QCoreApplication::translate("dmad::ui::MainWindow", "none"));
    }
    table += QCoreApplication::translate(
        "dmad::ui::MainWindow",
        "</table><p>After the switch the suggested thresholds apply until you set your own.</p>");
    auto* box =
        new QMessageBox(QMessageBox::Question, QCoreApplication::translate("dmad::ui::MainWindow", "Activate Version"),
                        table, QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("activateVersion"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, modelId] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_training->switchToVersion(modelId);
        } else {
            rebuild();
        }
    });
    box->open();  // not exec(): tests and workers keep their event loop
}

}  // namespace dmad::ui
