// The audit log view: newest first, filtered by user or action, refreshed, and exported as CSV with the rows shown.
#include "project/audit_log.h"
#include "project/labelling.h"
#include "review_project.h"
#include "ui/review/audit_csv.h"
#include "ui/review/audit_log_model.h"
#include "ui/review/audit_log_view.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace dmad;

namespace {

// Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

}  // namespace

class TestAuditLogView : public QObject {
    Q_OBJECT

    ReviewSettingsSandbox m_sandbox;
    std::unique_ptr<ReviewProject> m_project;

private Q_SLOTS:
    void init() {
        m_project = std::make_unique<ReviewProject>();
        QVERIFY(m_project->isValid());
        project::Labelling(m_project->store(),
                           QStringLiteral("alice")).markNormal(m_project->id("bottle_test_unlabelled_1"));
        project::Labelling(m_project->store(),
                           QStringLiteral("bob")).setReviewed(m_project->id("bottle_test_normal_0"), true);
        project::AuditLog(m_project->store())
            .append(QStringLiteral("bob"),
                QStringLiteral("set_threshold"),
                               QStringLiteral("category:1"), QStringLiteral("note, with \"quotes\"\nand a line break"));
        project::Labelling(
            m_project->store(),
            QStringLiteral("alice")).markDefective(m_project->id("cable_test_unlabelled_0"), std::nullopt);
    }

    void cleanup() { m_project.reset(); }

    void showsTheEntriesNewestFirst() {
        ui::AuditLogView view(m_project->store());
        QVERIFY(waitUntilLoaded(&view, &ui::AuditLogView::loaded));
        const auto expected = project::AuditLog(m_project->store()).recent(1000);
        QCOMPARE(view.proxy()->rowCount(), expected.size());
        QCOMPARE(view.proxy()->rowCount(), 4);
        const auto cell = [&](int row, int column) { return view.proxy()->index(row, column).data().toString(); };
        QCOMPARE(cell(0, ui::AuditLogModel::UserColumn), QStringLiteral("alice"));
        QCOMPARE(cell(0, ui::AuditLogModel::ActionColumn), QStringLiteral("label_defective"));
        // Bug 5 of issue #11: images are named by folder and file, not by id (the id stays in the tooltip).
        QCOMPARE(cell(0, ui::AuditLogModel::SubjectColumn), QStringLiteral("images/cable_test_unlabelled_0.png"));
        QVERIFY(view.proxy()
                    ->index(0, ui::AuditLogModel::SubjectColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("image:%1").arg(m_project->id("cable_test_unlabelled_0"))));
        QCOMPARE(cell(1, ui::AuditLogModel::SubjectColumn), QStringLiteral("category:1"));
        QCOMPARE(cell(3, ui::AuditLogModel::ActionColumn), QStringLiteral("label_normal"));
        QVERIFY(!cell(0, ui::AuditLogModel::TimeColumn).isEmpty());
    }

    void filtersByUserOrAction() {
        ui::AuditLogView view(m_project->store());
        QVERIFY(waitUntilLoaded(&view, &ui::AuditLogView::loaded));
        QTest::keyClicks(view.filterEdit(), QStringLiteral("BOB"));
        QCOMPARE(view.proxy()->rowCount(), 2);
        for (const auto& entry : view.shownEntries()) QCOMPARE(entry.user, QStringLiteral("bob"));
        view.filterEdit()->clear();
        QTest::keyClicks(view.filterEdit(), QStringLiteral("label_"));
        QCOMPARE(view.proxy()->rowCount(), 2);
        view.setFilterText(QStringLiteral("nobody"));
        QCOMPARE(view.proxy()->rowCount(), 0);
        view.setFilterText(QString());
        QCOMPARE(view.proxy()->rowCount(), 4);
    }

    void refreshPicksUpNewEntries() {
        ui::AuditLogView view(m_project->store());
        QVERIFY(waitUntilLoaded(&view, &ui::AuditLogView::loaded));
        project::Labelling(m_project->store(), QStringLiteral("carl")).markNormal(m_project->id("cable_test_normal_0"));
        QCOMPARE(view.proxy()->rowCount(), 4);
        view.refreshAction()->trigger();
        QVERIFY(view.isLoading());
        QVERIFY(waitUntilLoaded(&view, &ui::AuditLogView::loaded));
        QCOMPARE(view.proxy()->rowCount(), 5);
        QCOMPARE(view.proxy()->index(0, ui::AuditLogModel::UserColumn).data().toString(), QStringLiteral("carl"));
    }

    // Bug 5 of issue #11: the view did not refresh by itself.
    void aVisibleViewPicksUpNewEntriesByItself() {
        ui::AuditLogView view(m_project->store());
        view.show();
        QVERIFY(waitUntilLoaded(&view, &ui::AuditLogView::loaded));
        QCOMPARE(view.proxy()->rowCount(), 4);
        project::Labelling(m_project->store(), QStringLiteral("carl")).markNormal(m_project->id("cable_test_normal_0"));
        QTRY_COMPARE_WITH_TIMEOUT(view.proxy()->rowCount(), 5, 3 * ui::AuditLogView::kPollMs);
    }

    void exportsTheRowsShownAsCsv() {
        ui::AuditLogView view(m_project->store());
        QVERIFY(waitUntilLoaded(&view, &ui::AuditLogView::loaded));
        view.setFilterText(QStringLiteral("bob"));
        const QString path = m_project->directory() + QStringLiteral("/audit.csv");
        QVERIFY(view.exportCsv(path));
        QVERIFY(view.message().contains(QStringLiteral("2 entries")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0], (QStringList{"id", "time", "user", "action", "subject", "details"}));
        const auto shown = view.shownEntries();
        for (int i = 0; i < shown.size(); ++i) {
            const QStringList& record = records[i + 1];
            QCOMPARE(record.size(), 6);
            QCOMPARE(record[0].toLongLong(), shown[i].id);
            QCOMPARE(QDateTime::fromString(record[1], Qt::ISODateWithMs), shown[i].time.toUTC());
            QCOMPARE(record[2], QStringLiteral("bob"));
            QCOMPARE(record[3], shown[i].action);
            QCOMPARE(record[5], shown[i].details);
        }
        QCOMPARE(records[1][3], QStringLiteral("set_threshold"));
        QCOMPARE(records[1][5], QStringLiteral("note, with \"quotes\"\nand a line break"));
        QCOMPARE(records[2][3], QStringLiteral("review"));
    }

    void aFailedExportSaysWhyAndLeavesNoFile() {
        ui::AuditLogView view(m_project->store());
        QVERIFY(waitUntilLoaded(&view, &ui::AuditLogView::loaded));
        const QString path = m_project->directory() + QStringLiteral("/missing-folder/audit.csv");
        QVERIFY(!view.exportCsv(path));
        QVERIFY(!view.message().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void csvTextOfNoEntriesIsTheHeader() {
        QCOMPARE(ui::auditCsvText({}), QStringLiteral("id,time,user,action,subject,details\r\n"));
    }
};

QTEST_MAIN(TestAuditLogView)
#include "test_audit_log_view.moc"
