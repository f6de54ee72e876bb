// The About box shows the product, Qt, OpenCV and libtorch versions, and the assets' licences.
#include "ui/dialogs/about_dialog.h"

#include <QLabel>
#include <QTest>
#include <QTextBrowser>

#include <opencv2/core/version.hpp>

using dmad::ui::AboutDialog;

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void productVersionIsTheProjectVersion() {
        QCOMPARE(AboutDialog::productVersion(), QString(DMAD_EXPECTED_VERSION));
    }

    void showsEveryVersion() {
        AboutDialog dialog(QStringLiteral("1.13.1"));
        const QString shown = dialog.findChild<QLabel*>("versionsLabel")->text();
        QVERIFY2(shown.contains(DMAD_EXPECTED_VERSION), qPrintable(shown));
        QVERIFY(shown.contains(QString::fromLatin1(qVersion())));
        QVERIFY(shown.contains(CV_VERSION));
        QVERIFY(shown.contains("1.13.1"));
        QVERIFY(dialog.findChild<QLabel*>("aboutTitle")->text().contains(DMAD_EXPECTED_VERSION));

        const QString copied = dialog.versionsText();
        QVERIFY(copied.contains(QStringLiteral("OpenCV " CV_VERSION)));
        QVERIFY(copied.contains(QStringLiteral("LibTorch 1.13.1")));
    }

    void saysWhenTheEngineIsNotLoaded() {
        AboutDialog dialog{QString()};
        QVERIFY(dialog.findChild<QLabel*>("versionsLabel")->text().contains("not loaded"));
    }

    void statesTheLicences() {
        AboutDialog dialog{QString()};
        const QString notes = dialog.findChild<QTextBrowser*>("licenceNotes")->toPlainText();
        QVERIFY(notes.contains("CC0 1.0"));   // the icon, ours
        QVERIFY(notes.contains("MVTec AD"));  // data sets: not bundled, where from
        QVERIFY(notes.contains("CC BY-NC-SA 4.0"));
        QVERIFY(notes.contains("export_backbone.py"));  // how to get a backbone
    }
};

QTEST_MAIN(TestAboutDialog)
#include "test_about_dialog.moc"
