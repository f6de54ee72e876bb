// The settings dialog: typed invalid values are refused with a reason and OK disabled; OK writes, Cancel does not.
#include "settings_sandbox.h"
#include "ui/dialogs/app_settings.h"
#include "ui/dialogs/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using dmad::ui::AppSettings;
using dmad::ui::SettingsDialog;

namespace {

constexpr int kBackboneCheckTimeoutMs = 5000;

}  // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SettingsSandbox::clear(); }

    void showsStoredValues() {
        AppSettings settings;
        QCOMPARE(settings.setEpochs(12), QString());
        QCOMPARE(settings.setUserName("Ana"), QString());
        SettingsDialog dialog(settings);
        QCOMPARE(edit(dialog, "epochsEdit")->text(), QString("12"));
        QCOMPARE(edit(dialog, "userNameEdit")->text(), QString("Ana"));
        QVERIFY(!dialog.hasInvalidInput());
    }

    void refusesTypedValuesWithAReason_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("epochs too many") << "epochs"
                                         << "500"
                                         << "between 1 and 200";
        QTest::newRow("epochs zero") << "epochs"
                                     << "0"
                                     << "between 1 and 200";
        QTest::newRow("epochs not a number") << "epochs"
                                             << "ten"
                                             << "whole number";
        QTest::newRow("threads negative") << "threads"
                                          << "-2"
                                          << "one per core";
        QTest::newRow("threads far too many") << "threads"
                                              << "100000"
                                              << "one per core";
        QTest::newRow("patches too many") << "patches"
                                          << "5000"
                                          << "4096";
        QTest::newRow("retrain epochs negative") << "retrainEpochs"
                                                 << "-1"
                                                 << "from scratch";
        QTest::newRow("threshold text") << "threshold"
                                        << "high"
                                        << "Enter a number";
        QTest::newRow("threshold infinite") << "threshold"
                                            << "inf"
                                            << "finite";
        QTest::newRow("user name blank") << "userName"
                                         << "   "
                                         << "must not be empty";
    }

    void refusesTypedValuesWithAReason() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, reasonPart);
        SettingsDialog dialog{AppSettings()};
        dialog.show();
        QLineEdit* input = edit(dialog, field + "Edit");
        input->selectAll();
        QTest::keyClick(input, Qt::Key_Delete);
        QTest::keyClicks(input, typed);

        const auto* reason = dialog.findChild<QLabel*>(field + "Reason");
        QVERIFY(reason);
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(reasonPart), qPrintable(reason->text()));
        QVERIFY(dialog.hasInvalidInput());
        QVERIFY(!okButton(dialog)->isEnabled());

        // Clicking OK anyway (e.g. by Enter) writes nothing and keeps the dialog open.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!SettingsSandbox::stored("training/epochs").isValid());
    }

    void correctingTheValueClearsTheReason() {
        SettingsDialog dialog{AppSettings()};
        dialog.show();
        QLineEdit* epochs = edit(dialog, "epochsEdit");
        epochs->clear();
        QTest::keyClicks(epochs, "999");
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(epochs, Qt::Key_Backspace);
        QTest::keyClick(epochs, Qt::Key_Backspace);  // "9"
        QVERIFY(!dialog.findChild<QLabel*>("epochsReason")->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void refusesAMissingBackbone() {
        SettingsDialog dialog{AppSettings()};
        dialog.show();
        retype(dialog, "backboneEdit", m_sandbox.path() + "/nowhere.pt");
        QVERIFY(!okButton(dialog)->isEnabled());  // refused or still being checked: never accepted early
        const auto* reason = dialog.findChild<QLabel*>("backboneReason");
        QTRY_VERIFY_WITH_TIMEOUT(reason->isVisible() && reason->text().contains("no file"), kBackboneCheckTimeoutMs);
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void outliersFolderIsCheckedAndStored() {
        SettingsDialog dialog{AppSettings()};
        dialog.show();
        auto* edit = dialog.findChild<QLineEdit*>("outliersEdit");
        QVERIFY(edit);
        QCOMPARE(edit->text(), AppSettings::defaultOutliersFolder());
        retype(dialog, "outliersEdit", m_sandbox.path());  // no image in it
        const auto* reason = dialog.findChild<QLabel*>("outliersReason");
        QVERIFY(reason->isVisible() && reason->text().contains("no image"));
        QVERIFY(!okButton(dialog)->isEnabled());

        QImage texture(8, 8, QImage::Format_RGB32);
        texture.fill(Qt::darkGreen);
        QVERIFY(texture.save(m_sandbox.path() + "/grass.png"));
        retype(dialog, "outliersEdit", m_sandbox.path());
        QVERIFY(!reason->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), kBackboneCheckTimeoutMs);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(AppSettings().outliersFolder(), QFileInfo(m_sandbox.path()).absoluteFilePath());
    }

    void showsTheEnginesVerdictOnABackbone() {
        const QString path = writeFile("one_map.pt");
        SettingsDialog dialog{AppSettings(
            [](const QString&) { return QStringLiteral("forward(x) must return two maps; this module returns one"); })};
        dialog.show();
        retype(dialog, "backboneEdit", path);
        const auto* reason = dialog.findChild<QLabel*>("backboneReason");
        QTRY_VERIFY_WITH_TIMEOUT(reason->text().contains("returns one"), kBackboneCheckTimeoutMs);
        QVERIFY(reason->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void okWritesEveryField() {
        const QString path = writeFile("good.pt");
        SettingsDialog dialog{AppSettings([](const QString&) { return QString(); })};
        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        dialog.show();
        retype(dialog, "backboneEdit", path);
        retype(dialog, "threadsEdit", "1");
        retype(dialog, "epochsEdit", "7");
        retype(dialog, "patchesEdit", "256");
        retype(dialog, "retrainEpochsEdit", "2");
        retype(dialog, "thresholdEdit", "0.75");
        retype(dialog, "userNameEdit", "Jonas");
        dialog.findChild<QCheckBox*>("autosaveCheck")->setChecked(false);
        selectKey(dialog, "deviceCombo", "cpu");
        auto* detail = dialog.findChild<QComboBox*>("detailCombo");
        QCOMPARE(detail->currentData().toInt(), 256);
        detail->setFocus();
        QTest::keyClick(detail, Qt::Key_Down);  // the keyboard reaches the fine size
        QCOMPARE(detail->currentData().toInt(), 384);
        selectKey(dialog, "languageCombo", "de");
        QVERIFY2(!dialog.findChild<QComboBox*>("roleCombo"),
                 "the role comes from the account, never from the preferences");

        QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), kBackboneCheckTimeoutMs);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toBool(), true);  // the language changed: restart needed

        const AppSettings stored;
        QCOMPARE(stored.backbonePath(), path);
        QCOMPARE(stored.threads(), 1);
        QCOMPARE(stored.epochs(), 7);
        QCOMPARE(stored.patchesPerImage(), 256);
        QCOMPARE(stored.imageSize(), 384);
        QCOMPARE(stored.retrainEpochs(), 2);
        QCOMPARE(stored.imageThreshold(), 0.75);
        QCOMPARE(stored.userName(), QString("Jonas"));
        QVERIFY(!stored.maskAutosave());
        QCOMPARE(stored.device(), dmad::ui::ComputeDevice::Cpu);
        QCOMPARE(stored.language(), dmad::ui::UiLanguage::German);
    }

    void showsTheStoredInputSize() {
        QCOMPARE(AppSettings().setImageSize(384), QString());
        SettingsDialog dialog{AppSettings()};
        dialog.show();
        QCOMPARE(dialog.findChild<QComboBox*>("detailCombo")->currentData().toInt(), 384);
    }

    void cancelWritesNothing() {
        SettingsDialog dialog{AppSettings()};
        dialog.show();
        retype(dialog, "epochsEdit", "5");
        retype(dialog, "userNameEdit", "Somebody");
        dialog.reject();
        QVERIFY(!SettingsSandbox::stored("training/epochs").isValid());
        QVERIFY(!SettingsSandbox::stored("user/name").isValid());
    }

private:
    static QLineEdit* edit(SettingsDialog& dialog, const QString& name) {
        auto* found = dialog.findChild<QLineEdit*>(name);
        if (!found) qFatal("no QLineEdit named %s", qPrintable(name));
        return found;
    }
    static QPushButton* okButton(SettingsDialog& dialog) {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    static void retype(SettingsDialog& dialog, const QString& name, const QString& text) {
        QLineEdit* input = edit(dialog, name);
        input->clear();
        QTest::keyClicks(input, text);
    }
    static void selectKey(SettingsDialog& dialog, const QString& name, const QString& key) {
        auto* combo = dialog.findChild<QComboBox*>(name);
        combo->setCurrentIndex(combo->findData(key));
    }
    QString writeFile(const QString& name) {
        const QString path = m_sandbox.path() + '/' + name;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) file.write("stand-in for a TorchScript archive");
        return path;
    }

    SettingsSandbox m_sandbox;
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
