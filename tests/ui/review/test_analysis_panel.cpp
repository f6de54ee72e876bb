// The analysis panel: figures equal core/evaluation's, and dragging the threshold stores it (supervisor) or is refused.
#include "evaluation/metrics.h"
#include "project/audit_log.h"
#include "project/labelling.h"
#include "review_project.h"
#include "ui/plots/metrics_table.h"
#include "ui/plots/roc_pr_plot.h"
#include "ui/plots/score_histogram_plot.h"
#include "ui/review/analysis_panel.h"
#include "ui/review/review_queue.h"
#include "ui/review/review_queue_model.h"
#include "ui/review/session.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace dmad;
using dmad::project::UserRole;

namespace {

// The same counts the panel must show, straight from the fixture's numbers.
int ngCount(const ScoreSet& set, double threshold) {
    int ng = 0;
    for (const auto* scores : {&set.testNormal, &set.testDefective, &set.trainNormal, &set.testUnlabelled})
        ng += static_cast<int>(std::count_if(scores->begin(), scores->end(), [&](double s) { return s >= threshold; }));
    return ng;
}

int scoredCount(const ScoreSet& set) {
    return static_cast<int>(set.testNormal.size() + set.testDefective.size() + set.trainNormal.size() +
                            set.testUnlabelled.size());
}

eval::RankingMetrics expectedRanking(const ScoreSet& set) {
    std::vector<double> scores = set.testNormal;
    scores.insert(scores.end(), set.testDefective.begin(), set.testDefective.end());
    std::vector<int> labels(set.testNormal.size(), 0);
    labels.resize(scores.size(), 1);
    return eval::rankingMetrics(scores, labels);
}

QPoint pixelOf(ui::ScoreHistogramPlot* plot, double threshold) {
    const int x = static_cast<int>(std::lround(plot->xAxis->coordToPixel(threshold)));
    return {x, plot->axisRect()->rect().center().y()};
}

void drag(ui::ScoreHistogramPlot* plot, double from, double to) {
    QTest::mousePress(plot, Qt::LeftButton, {}, pixelOf(plot, from));
    QTest::mouseMove(plot, pixelOf(plot, (from + to) / 2));
    QTest::mouseMove(plot, pixelOf(plot, to));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, pixelOf(plot, to));
}

}  // namespace

class TestAnalysisPanel : public QObject {
    Q_OBJECT

    ReviewSettingsSandbox m_sandbox;
    std::unique_ptr<ReviewProject> m_project;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::AnalysisPanel> m_panel;

private Q_SLOTS:
    void init() {
        m_project = std::make_unique<ReviewProject>();
        QVERIFY(m_project->isValid());
        m_session = std::make_unique<ui::Session>();
        m_session->signIn(QStringLiteral("sue"), UserRole::Supervisor);
        m_panel = std::make_unique<ui::AnalysisPanel>(m_project->store(), *m_session);
        m_panel->resize(1100, 720);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->setCategory(m_project->bottle);
        QVERIFY(waitUntilLoaded(m_panel.get(), &ui::AnalysisPanel::analysed));
        m_panel->histogram()->replot();
    }

    void cleanup() {
        m_panel.reset();
        m_session.reset();
        m_project.reset();
    }

    void figuresMatchCoreEvaluation() {
        const eval::RankingMetrics expected = expectedRanking(bottleScores());
        // By hand: 23.5 of 25 (defective, normal) pairs are ordered right, the 0.3 tie counting one half.
        QVERIFY(std::abs(expected.auroc - 0.94) < 1e-12);

        const auto& analysis = m_panel->analysis();
        QCOMPARE(analysis.categoryName, QStringLiteral("bottle"));
        QVERIFY(analysis.ranking.has_value());
        const ui::CategoryMetrics row = m_panel->metricsTable()->metricsModel()->rows().front();
        QVERIFY(std::abs(row.imageAuroc - expected.auroc) < 1e-12);
        QVERIFY(std::abs(row.imageAp - expected.ap) < 1e-12);
        QVERIFY(std::abs(row.imageF1Max - expected.f1max) < 1e-12);
        QCOMPARE(row.imageCount, 10);
        QCOMPARE(m_panel->metricsTable()->model()->index(0, ui::MetricsTableModel::ImageAuroc).data().toString(),
                 QStringLiteral("94.0"));
        // The curves' titles agree with core/evaluation on the same data.
        QVERIFY(std::abs(m_panel->rocPrPlot()->auroc() - expected.auroc) < 1e-9);
        QVERIFY(std::abs(m_panel->rocPrPlot()->averagePrecision() - expected.ap) < 1e-9);
        // The histogram holds the labelled test images only.
        QCOMPARE(analysis.normalTestScores.size(), bottleScores().testNormal.size());
        QCOMPARE(analysis.defectiveTestScores.size(), bottleScores().testDefective.size());

        m_panel->categoryCombo()->setCurrentIndex(m_panel->categoryCombo()->findText(QStringLiteral("cable")));
        QVERIFY(waitUntilLoaded(m_panel.get(), &ui::AnalysisPanel::analysed));
        const eval::RankingMetrics cable = expectedRanking(cableScores());
        QVERIFY(std::abs(m_panel->metricsTable()->metricsModel()->rows().front().imageAuroc - cable.auroc) < 1e-12);
        QCOMPARE(m_panel->analysis().threshold, ReviewProject::kCableThreshold);
        QCOMPARE(m_panel->analysis().thresholdOrigin, project::ThresholdOrigin::Supervisor);
    }

    void countsFollowTheThreshold() {
        QCOMPARE(m_panel->analysis().threshold, 0.0);  // suggested: bottle's highest train-normal score
        QCOMPARE(m_panel->analysis().thresholdOrigin, project::ThresholdOrigin::Suggested);
        QCOMPARE(m_panel->ngCount(), ngCount(bottleScores(), 0.0));
        QCOMPARE(m_panel->okCount(), scoredCount(bottleScores()) - ngCount(bottleScores(), 0.0));
        QVERIFY(m_panel->countsText().contains(QStringLiteral("NG %1").arg(ngCount(bottleScores(), 0.0))));
    }

    void supervisorDragsTheThresholdIntoTheDatabase() {
        QSignalSpy stored(m_panel.get(), &ui::AnalysisPanel::thresholdChanged);
        ui::ReviewQueue queue(m_project->store(), *m_session);
        connect(m_panel.get(), &ui::AnalysisPanel::thresholdChanged, &queue, &ui::ReviewQueue::setCategoryThreshold);
        QVERIFY(waitUntilLoaded(&queue, &ui::ReviewQueue::loaded));
        const int ngBefore = m_panel->ngCount();
        const project::ThresholdInForce inForce{m_panel->analysis().threshold, m_panel->analysis().thresholdOrigin};

        drag(m_panel->histogram(), 0.0, 0.5);

        QCOMPARE(stored.count(), 1);
        const double threshold = m_panel->histogram()->threshold();
        QVERIFY2(std::abs(threshold - 0.5) < 0.02, qPrintable(QString::number(threshold)));
        QCOMPARE(stored.last().at(0).toLongLong(), m_project->bottle);
        QCOMPARE(stored.last().at(1).toDouble(), threshold);
        const auto inDb = project::ScoreRepository(m_project->store()).threshold(m_project->bottle, m_project->modelId);
        QVERIFY(inDb.has_value());
        QCOMPARE(*inDb, threshold);
        const auto entry = project::AuditLog(m_project->store()).recent(1).front();
        QCOMPARE(entry.action, QStringLiteral("set_threshold"));
        QCOMPARE(entry.user, QStringLiteral("sue"));
        QCOMPARE(entry.subject, QStringLiteral("category:%1").arg(m_project->bottle));
        // Bug 5 of issue #11: the entry names the threshold that was in force (a suggested one too).
        QVERIFY2(entry.details.contains(project::describeForAudit(inForce) + QStringLiteral(" -> ")),
                                        qPrintable(entry.details));

        QCOMPARE(m_panel->ngCount(), ngCount(bottleScores(), threshold));
        QVERIFY(m_panel->ngCount() < ngBefore);
        QCOMPARE(m_panel->okCount(), scoredCount(bottleScores()) - ngCount(bottleScores(), threshold));
        QCOMPARE(m_panel->metricsTable()->metricsModel()->rows().front().threshold, threshold);
        QCOMPARE(m_panel->thresholdSpinBox()->value(), std::round(threshold * 1e4) / 1e4);

        // The review queue's verdicts follow: 0.3 was NG at 0, is OK at 0.5.
        const int row = *queue.model()->rowOf(m_project->id(QStringLiteral("bottle_test_normal_4")));
        QCOMPARE(queue.model()->index(row, ui::ReviewQueueModel::VerdictColumn).data().toString(),
                 QStringLiteral("OK"));

        // A fresh panel reads the stored threshold back.
        ui::AnalysisPanel again(m_project->store(), *m_session);
        again.setCategory(m_project->bottle);
        QVERIFY(waitUntilLoaded(&again, &ui::AnalysisPanel::analysed));
        QCOMPARE(again.analysis().threshold, threshold);
        QCOMPARE(again.analysis().thresholdOrigin, project::ThresholdOrigin::Supervisor);
    }

    void aLabellerCannotMoveTheThreshold() {
        m_session->signIn(QStringLiteral("lou"), UserRole::Labeller);
        QSignalSpy stored(m_panel.get(), &ui::AnalysisPanel::thresholdChanged);
        QSignalSpy refused(m_session.get(), &ui::Session::refused);
        const int ngBefore = m_panel->ngCount();
        const int auditBefore = project::AuditLog(m_project->store()).count();

        drag(m_panel->histogram(), 0.0, 0.5);

        QCOMPARE(stored.count(), 0);
        QVERIFY(refused.count() >= 1);
        QCOMPARE(m_panel->histogram()->threshold(), 0.0);
        QCOMPARE(m_panel->ngCount(), ngBefore);
        QVERIFY(m_panel->message().contains(QStringLiteral("supervisor")));
        QVERIFY(!project::ScoreRepository(m_project->store()).threshold(m_project->bottle, m_project->modelId));
        QCOMPARE(project::AuditLog(m_project->store()).count(), auditBefore);
        QVERIFY(m_panel->thresholdSpinBox()->isReadOnly());

        // Should a value reach the panel some other way, it is refused and the line goes back.
        m_panel->thresholdSpinBox()->setValue(0.25);
        QCOMPARE(stored.count(), 0);
        QCOMPARE(m_panel->histogram()->threshold(), 0.0);
        QVERIFY(!project::ScoreRepository(m_project->store()).threshold(m_project->bottle, m_project->modelId));
    }

    void supervisorTypesAThreshold() {
        QSignalSpy stored(m_panel.get(), &ui::AnalysisPanel::thresholdChanged);
        m_panel->thresholdSpinBox()->setValue(0.35);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(*project::ScoreRepository(m_project->store()).threshold(m_project->bottle, m_project->modelId), 0.35);
        QCOMPARE(m_panel->histogram()->threshold(), 0.35);
        QCOMPARE(m_panel->ngCount(), ngCount(bottleScores(), 0.35));
    }

    void aCategoryWithoutBothKindsSaysWhyThereAreNoFigures() {
        project::Labelling(m_project->store(),
                           QStringLiteral("x")).markUnlabelled(m_project->id("cable_test_defective_0"));
        m_panel->setCategory(m_project->cable);
        m_panel->reload();
        QVERIFY(waitUntilLoaded(m_panel.get(), &ui::AnalysisPanel::analysed));
        QVERIFY(!m_panel->analysis().ranking.has_value());
        QVERIFY(m_panel->message().contains(QStringLiteral("both kinds")));
        QVERIFY(std::isnan(m_panel->metricsTable()->metricsModel()->rows().front().imageAuroc));
        QCOMPARE(m_panel->ngCount(), ngCount(cableScores(), ReviewProject::kCableThreshold));
    }

    void savesThePlotsAsOnePng() {
        const QString path = m_project->directory() + QStringLiteral("/analysis.png");
        QString error;
        QVERIFY2(m_panel->savePng(path, &error), qPrintable(error));
        const QImage saved(path);
        QVERIFY(!saved.isNull());
        QVERIFY(saved.width() > 600);
        QVERIFY(!m_panel->savePng(m_project->directory() + QStringLiteral("/no/such/folder/a.png"), &error));
        QVERIFY(!error.isEmpty());
    }

    // Not a check: pictures of the queue and the panel with this data, for a person to look at.
    void screenshots() {
        ui::ReviewQueue queue(m_project->store(), *m_session);
        queue.resize(760, 460);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QVERIFY(waitUntilLoaded(&queue, &ui::ReviewQueue::loaded));
        queue.selectImage(m_project->id(QStringLiteral("bottle_test_defective_3")));
        QVERIFY(queue.grab().save(QStringLiteral(DMAD_REVIEW_SHOT_DIR "/review_queue.png")));
        m_panel->thresholdSpinBox()->setValue(0.35);
        m_panel->histogram()->replot();
        m_panel->rocPrPlot()->replot();
        QVERIFY(m_panel->grab().save(QStringLiteral(DMAD_REVIEW_SHOT_DIR "/analysis_panel.png")));
    }
};

QTEST_MAIN(TestAnalysisPanel)
#include "test_analysis_panel.moc"
