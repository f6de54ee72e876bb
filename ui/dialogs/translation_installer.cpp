#include "ui/dialogs/translation_installer.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace dmad::ui {

namespace {

constexpr auto kAppCatalogue = "dmad_studio";

}  // namespace

TranslationInstaller::TranslationInstaller(QObject* parent) : QObject(parent) {}

TranslationInstaller::~TranslationInstaller() {
    removeInstalled();
}

QLocale TranslationInstaller::localeFor(UiLanguage language) {
    switch (language) {
    case UiLanguage::System: return QLocale::system();
    case UiLanguage::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case UiLanguage::German: return QLocale(QLocale::German, QLocale::Germany);
    case UiLanguage::ChineseSimplified: return QLocale(QLocale::Chinese, QLocale::China);
    }
    return QLocale::system();
}

QString TranslationInstaller::appCatalogueDir() {
    return QStringLiteral(":/i18n");
}

TranslationInstaller::Outcome TranslationInstaller::install(UiLanguage language) {
    return install(localeFor(language));
}

TranslationInstaller::Outcome TranslationInstaller::install(const QLocale& locale) {
    removeInstalled();
    QLocale::setDefault(locale);

    Outcome outcome;
    outcome.locale = locale;
    // The source strings are English: loading nothing is right, and stops a fallback along
    // QLocale::uiLanguages() from picking another language's catalogue.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) return outcome;

    // "qt_<lang>" is the meta catalogue of all Qt modules; some distributions ship only "qtbase_<lang>".
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    outcome.qtCatalogue = m_qtTranslator.load(
        locale, QStringLiteral("qt"), QStringLiteral("_"), qtDir) ||
                               m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir);
    if (outcome.qtCatalogue) m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);

    outcome.appCatalogue =
        m_appTranslator.load(locale, QString::fromLatin1(kAppCatalogue), QStringLiteral("_"), appCatalogueDir());
    if (outcome.appCatalogue) m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    return outcome;
}

void TranslationInstaller::removeInstalled() {
    if (m_qtInstalled) QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_appInstalled) QCoreApplication::removeTranslator(&m_appTranslator);
    m_qtInstalled = m_appInstalled = false;
}

}  // namespace dmad::ui
