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

public slots:
    void accept() override;

signals:
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

    AppSettings settings_;
    QString storedBackbone_;
    QString storedOutliers_;
    UiLanguage storedLanguage_ = UiLanguage::System;

    QLineEdit* backboneEdit_ = nullptr;
    QLabel* backboneReason_ = nullptr;
    QTimer* backboneDebounce_ = nullptr;
    QFutureWatcher<BackboneCheck> backboneWatcher_;
    BackboneCheck backboneVerdict_;  // the deep check of the path now in the field, once done
    bool backbonePending_ = false;

    CheckedField outliers_;
    QComboBox* deviceCombo_ = nullptr;
    CheckedField threads_;
    CheckedField epochs_;
    CheckedField patches_;
    CheckedField threshold_;
    QCheckBox* autosaveCheck_ = nullptr;
    CheckedField userName_;
    QComboBox* languageCombo_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace dmad::ui
