// The language setting picks the catalogue: German loads ":/i18n/dmad_studio_de", English none.
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/translation_installer.h"

#include <QTest>

using dmad::ui::TranslationInstaller;
using dmad::ui::UiLanguage;

class TestTranslationInstaller : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsTheSettingToALocale() {
        QCOMPARE(TranslationInstaller::localeFor(UiLanguage::System), QLocale::system());
        QCOMPARE(TranslationInstaller::localeFor(UiLanguage::German).language(), QLocale::German);
        QCOMPARE(TranslationInstaller::localeFor(UiLanguage::ChineseSimplified).territory(), QLocale::China);
        QCOMPARE(TranslationInstaller::localeFor(UiLanguage::English).language(), QLocale::English);
    }

    void germanTranslatesTheUi() {
        TranslationInstaller installer;
        const auto outcome = installer.install(UiLanguage::German);
        QVERIFY(outcome.appCatalogue);
        QCOMPARE(QLocale().language(), QLocale::German);  // numbers follow the language
        dmad::ui::AboutDialog dialog{QString()};
        QCOMPARE(dialog.windowTitle(), QString::fromUtf8("Über DMAD Studio"));
    }

    void switchingBackRemovesTheCatalogue() {
        TranslationInstaller installer;
        QVERIFY(installer.install(UiLanguage::German).appCatalogue);
        const auto english = installer.install(UiLanguage::English);
        QVERIFY(!english.appCatalogue);
        dmad::ui::AboutDialog dialog{QString()};
        QCOMPARE(dialog.windowTitle(), QString("About DMAD Studio"));
    }

    void aLanguageWithoutCatalogueFallsBackToEnglish() {
        TranslationInstaller installer;
        const auto outcome = installer.install(QLocale(QLocale::French, QLocale::France));
        QVERIFY(!outcome.appCatalogue);
        dmad::ui::AboutDialog dialog{QString()};
        QCOMPARE(dialog.windowTitle(), QString("About DMAD Studio"));
    }

    void destroyingTheInstallerUninstalls() {
        {
            TranslationInstaller installer;
            QVERIFY(installer.install(UiLanguage::German).appCatalogue);
        }
        dmad::ui::AboutDialog dialog{QString()};
        QCOMPARE(dialog.windowTitle(), QString("About DMAD Studio"));
    }
};

QTEST_MAIN(TestTranslationInstaller)
#include "test_translation_installer.moc"
