// Installs the user-interface language: Qt's own catalogues and DMAD Studio's (":/i18n/dmad_studio_<locale>").
#pragma once

#include "ui/dialogs/app_settings.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace dmad::ui {

class TranslationInstaller : public QObject {
    Q_OBJECT

public:
    // The translators live as long as this object; parent it to the application.
    explicit TranslationInstaller(QObject* parent = nullptr);
    ~TranslationInstaller() override;

    // System follows the desktop's locale; any other choice overrides it.
    static QLocale localeFor(UiLanguage language);

    struct Outcome {
        QLocale locale;
        bool qtCatalogue = false;   // Qt's own strings (dialog buttons, ...) were found
        bool appCatalogue = false;  // DMAD Studio's strings were found
    };
    // Replaces any previously installed translators and makes locale the default QLocale, so
    // numbers and dates follow the chosen language too. English needs no catalogue of its own.
    Outcome install(UiLanguage language);
    Outcome install(const QLocale& locale);

    static QString appCatalogueDir();  // ":/i18n", where qt_add_translations embeds the .qm files

private:
    void removeInstalled();

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};

}  // namespace dmad::ui
