// The preferences dialog: edits AppSettings, shows why a value is refused, writes only on OK.
#pragma once

#include "ui/dialogs/app_settings.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace dmad::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // settings is copied: its backbone check then outlives the dialog safely.
    explicit SettingsDialog(AppSettings settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // True while any field holds a value that would be refused (OK is disabled meanwhile).
    bool hasInvalidInput() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // Emitted after OK wrote the settings; languageChanged is true when a restart is needed.
    void settingsSaved(bool languageChanged);

private:
    struct CheckedField {
        QLineEdit* edit = nullptr;
        QLabel* reason = nullptr;
    };
    struct BackboneCheck {
        QString path;
        QString reason;
    };

    QWidget* buildBackboneRow();
    QWidget* buildOutliersRow();
    QComboBox* buildDetailCombo();
    CheckedField addCheckedField(QFormLayout* form, const QString& label, const QString& name);
    void loadValues();
    void browseBackbone();
    void browseOutliers();
    void scheduleBackboneCheck();
    void startBackboneCheck();
    void finishBackboneCheck();
    void revalidate();
    bool showReason(const CheckedField& field, const QString& reason);
    std::optional<int> parseInt(const QString& text) const;
    std::optional<double> parseDouble(const QString& text) const;
    QString writeAll();

    AppSettings m_settings;
    QString m_storedBackbone;
    QString m_storedOutliers;
    UiLanguage m_storedLanguage = UiLanguage::System;

    QLineEdit* m_backboneEdit = nullptr;
    QLabel* m_backboneReason = nullptr;
    QTimer* m_backboneDebounce = nullptr;
    QFutureWatcher<BackboneCheck> m_backboneWatcher;
    BackboneCheck m_backboneVerdict;  // the deep check of the path now in the field, once done
    bool m_backbonePending = false;

    CheckedField m_outliers;
    QComboBox* m_deviceCombo = nullptr;
    QComboBox* m_detailCombo = nullptr;
    CheckedField m_threads;
    CheckedField m_epochs;
    CheckedField m_retrainEpochs;
    CheckedField m_patches;
    CheckedField m_threshold;
    QCheckBox* m_autosaveCheck = nullptr;
    CheckedField m_userName;
    QComboBox* m_languageCombo = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace dmad::ui
