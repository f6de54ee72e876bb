// The shipped German and Chinese catalogues, loaded like the app does: complete, found under the contexts the
// code looks them up in, shown by real widgets, and gone again when the language goes back to English.
#include "settings_sandbox.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/app_settings.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/dialogs/translation_installer.h"
#include "ui/main/image_loading.h"
#include "ui/main/main_window.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using dmad::ui::AboutDialog;
using dmad::ui::AppSettings;
using dmad::ui::MainWindow;
using dmad::ui::SettingsDialog;
using dmad::ui::TranslationInstaller;
using dmad::ui::UiLanguage;

namespace {

QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (const QAction* menu : window.menuBar()->actions()) titles << menu->text();
    return titles;
}

// Menu entries of one menu that share an Alt+letter (Qt then only cycles between them), "menu: a, b".
QStringList clashingAccelerators(const MainWindow& window) {
    QStringList clashes;
    for (const QMenu* menu : window.findChildren<QMenu*>()) {
        QHash<QKeySequence, QString> seen;
        for (const QAction* action : menu->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (action->isSeparator() || key.isEmpty()) continue;
            if (seen.contains(key))
                clashes << menu->title() + QStringLiteral(": ") + seen[key] + QStringLiteral(", ") + action->text();
            seen.insert(key, action->text());
        }
    }
    return clashes;
}

struct CatalogueEntry {
    QString context;
    QString source;
    bool numerus = false;
};

// Every current (not vanished) message of a .ts file in the source tree.
QVector<CatalogueEntry> entriesOf(const QString& tsFile) {
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QVector<CatalogueEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueEntry entry;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = {context, QString(), xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete")) entries << entry;
        }
    }
    if (xml.hasError()) qWarning("%s: %s", qPrintable(tsFile), qPrintable(xml.errorString()));
    return xml.hasError() ? QVector<CatalogueEntry>{} : entries;
}

}  // namespace

class TestUiTranslations : public QObject {
    Q_OBJECT

    SettingsSandbox m_sandbox;
    TranslationInstaller m_installer;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_sandbox.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DMAD"));
        QCoreApplication::setApplicationName(QStringLiteral("DMAD Studio"));
    }

    void cleanup() { m_installer.install(UiLanguage::English); }

    // An entry lupdate added and nobody translated has no text in the .qm: every entry of the .ts must have one.
    void everyEntryIsTranslated_data() {
        QTest::addColumn<QString>("tsFile");
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("de") << QStringLiteral(DMAD_SOURCE_DIR "/translations/dmad_studio_de.ts")
                                              << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("zh_CN") << QStringLiteral(DMAD_SOURCE_DIR "/translations/dmad_studio_zh_CN.ts")
                                                 << QLocale(QLocale::Chinese, QLocale::China);
    }
    void everyEntryIsTranslated() {
        QFETCH(QString, tsFile);
        QFETCH(QLocale, locale);
        const QVector<CatalogueEntry> entries = entriesOf(tsFile);
        QVERIFY2(entries.size() > 400, qPrintable(QStringLiteral("%1: %2 entries").arg(tsFile).arg(entries.size())));
        QTranslator catalogue;  // the embedded .qm, as TranslationInstaller finds it
        QVERIFY(catalogue.load(locale, QStringLiteral("dmad_studio"),
                                                      QStringLiteral("_"), TranslationInstaller::appCatalogueDir()));
        QStringList untranslated;
        for (const CatalogueEntry& entry : entries) {
            // An empty answer means "no translation"; an identical one ("Qt", "Ctrl+I") is a translation.
            if (catalogue
                    .translate(entry.context.toUtf8().constData(), entry.source.toUtf8().constData(), nullptr,
                               entry.numerus ? 2 : -1)
                    .isEmpty())
                untranslated << entry.context + QStringLiteral(": ") + entry.source;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void germanMenusAndDialogs() {
        QVERIFY(m_installer.install(UiLanguage::German).appCatalogue);
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(' ')));
        QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
        QCOMPARE(window.action(QStringLiteral("quit"))->text(), QStringLiteral("&Beenden"));

        SettingsDialog settings{AppSettings()};
        QCOMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
        AboutDialog about{QString()};
        QCOMPARE(about.windowTitle(), QString::fromUtf8("Über DMAD Studio"));
    }

    void chineseMenusAndDialogs() {
        QVERIFY(m_installer.install(UiLanguage::ChineseSimplified).appCatalogue);
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QString::fromUtf8("文件(&F)")), qPrintable(titles.join(' ')));
        QVERIFY(titles.contains(QString::fromUtf8("帮助(&H)")));
        SettingsDialog settings{AppSettings()};
        QCOMPARE(settings.windowTitle(), QString::fromUtf8("设置"));
    }

    // Free functions' messages are looked up under their own context ("dmad::ui::ImageLoading"), which lupdate
    // must have filed them under too.
    // One Alt+letter per entry in each menu, in every language.
    void acceleratorsAreUniquePerMenu_data() {
        QTest::addColumn<int>("language");
        QTest::newRow("English") << int(UiLanguage::English);
        QTest::newRow("German") << int(UiLanguage::German);
        QTest::newRow("Chinese") << int(UiLanguage::ChineseSimplified);
    }
    void acceleratorsAreUniquePerMenu() {
        QFETCH(int, language);
        m_installer.install(static_cast<UiLanguage>(language));
        MainWindow window;
        const QStringList clashes = clashingAccelerators(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void messagesOfFreeFunctionsAreTranslated() {
        QVERIFY(m_installer.install(UiLanguage::German).appCatalogue);
        const auto loaded = dmad::ui::loadImageForLabelling(1, QStringLiteral("/nonexistent/part.png"), QString(), {});
        QVERIFY2(loaded.error.startsWith(QStringLiteral("Das Bild")), qPrintable(loaded.error));
    }

    void switchingBackToEnglishRestoresTheSourceTexts() {
        QVERIFY(m_installer.install(UiLanguage::German).appCatalogue);
        {
            MainWindow german;
            QVERIFY(menuTitles(german).contains(QStringLiteral("&Datei")));
        }
        QVERIFY(!m_installer.install(UiLanguage::English).appCatalogue);
        MainWindow english;
        const QStringList titles = menuTitles(english);
        QVERIFY2(titles.contains(QStringLiteral("&File")), qPrintable(titles.join(' ')));
        QVERIFY(!titles.contains(QStringLiteral("&Datei")));
        QCOMPARE(english.action(QStringLiteral("quit"))->text(), QStringLiteral("&Quit"));
        SettingsDialog settings{AppSettings()};
        QCOMPARE(settings.windowTitle(), QStringLiteral("Settings"));
    }
};

QTEST_MAIN(TestUiTranslations)
#include "test_ui_translations.moc"
