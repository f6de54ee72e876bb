#include "ui/dialogs/settings_dialog.h"

#include "training/input_size.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace dmad::ui {

namespace {

// Loading a backbone takes seconds: wait until the user stops typing before checking it.
constexpr int kBackboneCheckDelayMs = 400;

QLabel* makeReasonLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void selectData(QComboBox* combo, const QString& key) {
    const int index = combo->findData(key);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

}  // namespace

SettingsDialog::SettingsDialog(AppSettings settings, QWidget* parent)
    : QDialog(parent), m_settings(std::move(settings)) {
    setWindowTitle(tr("Settings"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Backbone:"), buildBackboneRow());
    form->addRow(tr("&Outlier textures:"), buildOutliersRow());

    m_deviceCombo = new QComboBox(this);
    m_deviceCombo->setObjectName(QStringLiteral("deviceCombo"));
    m_deviceCombo->addItem(tr("Automatic (GPU when available)"), toKey(ComputeDevice::Auto));
    m_deviceCombo->addItem(tr("CPU"), toKey(ComputeDevice::Cpu));
    m_deviceCombo->addItem(tr("GPU (CUDA)"), toKey(ComputeDevice::Gpu));
    form->addRow(tr("&Device:"), m_deviceCombo);

    m_threads = addCheckedField(form, tr("&Threads (0 = one per core):"), QStringLiteral("threads"));
    m_epochs = addCheckedField(form, tr("Training &epochs:"), QStringLiteral("epochs"));
    m_patches = addCheckedField(form, tr("&Patches per image (0 = all):"), QStringLiteral("patches"));
    form->addRow(tr("&Input detail:"), buildDetailCombo());
    m_retrainEpochs = addCheckedField(form, tr("&Retrain epochs (0 = from scratch):"), QStringLiteral("retrainEpochs"));
    m_threshold = addCheckedField(form, tr("Default image &threshold:"), QStringLiteral("threshold"));

    m_autosaveCheck = new QCheckBox(tr("Save masks &automatically"), this);
    m_autosaveCheck->setObjectName(QStringLiteral("autosaveCheck"));
    form->addRow(QString(), m_autosaveCheck);

    m_userName = addCheckedField(form, tr("&User name:"), QStringLiteral("userName"));

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("System language"), toKey(UiLanguage::System));
    // Language names stay in their own language so a user can find theirs in any UI language.
    m_languageCombo->addItem(QStringLiteral("English"), toKey(UiLanguage::English));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), toKey(UiLanguage::German));
    m_languageCombo->addItem(QStringLiteral("简体中文"), toKey(UiLanguage::ChineseSimplified));
    form->addRow(tr("&Language:"), m_languageCombo);
    auto* restartNote = new QLabel(tr("A new language applies after DMAD Studio restarts."), this);
    restartNote->setEnabled(false);
    form->addRow(QString(), restartNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_backboneDebounce = new QTimer(this);
    m_backboneDebounce->setSingleShot(true);
    m_backboneDebounce->setInterval(kBackboneCheckDelayMs);
    connect(m_backboneDebounce, &QTimer::timeout, this, &SettingsDialog::startBackboneCheck);
    connect(&m_backboneWatcher, &QFutureWatcher<BackboneCheck>::finished, this, &SettingsDialog::finishBackboneCheck);

    loadValues();
    for (const auto& field : {m_outliers, m_threads, m_epochs, m_patches, m_retrainEpochs, m_threshold, m_userName})
        connect(field.edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_backboneEdit, &QLineEdit::textChanged, this, &SettingsDialog::scheduleBackboneCheck);
    scheduleBackboneCheck();
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::buildBackboneRow() {
    auto* row = new QWidget(this);
    m_backboneEdit = new QLineEdit(row);
    m_backboneEdit->setObjectName(QStringLiteral("backboneEdit"));
    m_backboneEdit->setPlaceholderText(tr("TorchScript file with forward(x) -> (stride-8, stride-16 maps)"));
    auto* browse = new QPushButton(tr("Br&owse..."), row);
    browse->setObjectName(QStringLiteral("backboneBrowse"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseBackbone);
    m_backboneReason = makeReasonLabel(row, QStringLiteral("backboneReason"));

    auto* line = new QHBoxLayout;
    line->addWidget(m_backboneEdit, 1);
    line->addWidget(browse);
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(line);
    column->addWidget(m_backboneReason);
    return row;
}

QComboBox* SettingsDialog::buildDetailCombo() {
    m_detailCombo = new QComboBox(this);
    m_detailCombo->setObjectName(QStringLiteral("detailCombo"));
    m_detailCombo->addItem(tr("Standard (%1 x %1 pixels)").arg(training::kStandardImageSize),
                           training::kStandardImageSize);
    m_detailCombo->addItem(tr("Fine (%1 x %1 pixels, about twice the training time)").arg(training::kFineImageSize),
                           training::kFineImageSize);
    m_detailCombo->setToolTip(tr("The size images are resized to for the model. Fine finds smaller defects and "
                                 "outlines them better; it applies from the next training, and each model keeps "
                                 "the size it was trained with"));
    return m_detailCombo;
}

QWidget* SettingsDialog::buildOutliersRow() {
    auto* row = new QWidget(this);
    m_outliers.edit = new QLineEdit(row);
    m_outliers.edit->setObjectName(QStringLiteral("outliersEdit"));
    m_outliers.edit->setPlaceholderText(tr("Folder of texture images, made into the pseudo anomalies"));
    m_outliers.edit->setToolTip(tr("Training fuses these textures with normal images to make pseudo anomalies "
                                   "(the abnormal bank M_o); subfolders are searched too"));
    auto* browse = new QPushButton(tr("Bro&wse..."), row);
    browse->setObjectName(QStringLiteral("outliersBrowse"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseOutliers);
    m_outliers.reason = makeReasonLabel(row, QStringLiteral("outliersReason"));

    auto* line = new QHBoxLayout;
    line->addWidget(m_outliers.edit, 1);
    line->addWidget(browse);
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(line);
    column->addWidget(m_outliers.reason);
    return row;
}

SettingsDialog::CheckedField SettingsDialog::addCheckedField(QFormLayout* form, const QString& label,
                                                             const QString& name) {
    auto* row = new QWidget(this);
    CheckedField field;
    field.edit = new QLineEdit(row);
    field.edit->setObjectName(name + QStringLiteral("Edit"));
    field.reason = makeReasonLabel(row, name + QStringLiteral("Reason"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field.edit, 1);
    layout->addWidget(field.reason, 2);
    form->addRow(label, row);
    return field;
}

void SettingsDialog::loadValues() {
    m_storedBackbone = m_settings.backbonePath();
    m_storedLanguage = m_settings.language();
    m_backboneEdit->setText(m_storedBackbone);
    m_storedOutliers = m_settings.outliersFolder();
    m_outliers.edit->setText(m_storedOutliers);
    selectData(m_deviceCombo, toKey(m_settings.device()));
    m_detailCombo->setCurrentIndex(std::max(0, m_detailCombo->findData(m_settings.imageSize())));
    m_threads.edit->setText(locale().toString(m_settings.threads()));
    m_epochs.edit->setText(locale().toString(m_settings.epochs()));
    m_patches.edit->setText(locale().toString(m_settings.patchesPerImage()));
    m_retrainEpochs.edit->setText(locale().toString(m_settings.retrainEpochs()));
    m_threshold.edit->setText(locale().toString(m_settings.imageThreshold()));
    m_autosaveCheck->setChecked(m_settings.maskAutosave());
    m_userName.edit->setText(m_settings.userName());
    selectData(m_languageCombo, toKey(m_storedLanguage));
}

void SettingsDialog::browseBackbone() {
    const QString start =
        m_backboneEdit->text().isEmpty() ? QString() : QFileInfo(m_backboneEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a backbone"), start,
                                                      tr("TorchScript modules (*.pt *.pth *.ts *.ptl);;All files (*)"));
    if (!path.isEmpty()) m_backboneEdit->setText(path);
}

void SettingsDialog::browseOutliers() {
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Choose the outlier textures"), m_outliers.edit->text());
    if (!path.isEmpty()) m_outliers.edit->setText(path);
}

void SettingsDialog::scheduleBackboneCheck() {
    m_backboneVerdict = {};
    m_backbonePending = !m_backboneEdit->text().isEmpty();
    m_backboneReason->hide();
    m_backboneDebounce->start();
    revalidate();
}

void SettingsDialog::startBackboneCheck() {
    const QString path = m_backboneEdit->text();
    if (path.isEmpty()) return;
    // A fast refusal (no such file) needs no worker; a running check's stale verdict is ignored.
    if (const QString reason = AppSettings::checkBackboneFile(path); !reason.isEmpty()) {
        m_backboneVerdict = {path, reason};
        m_backbonePending = false;
        revalidate();
        return;
    }
    if (m_backboneWatcher.isRunning()) {
        m_backboneDebounce->start();
        return;
    }
    m_backboneReason->setText(tr("Checking the backbone..."));
    m_backboneReason->setStyleSheet(QString());
    m_backboneReason->show();
    const AppSettings settings = m_settings;
    m_backboneWatcher.setFuture(QtConcurrent::run([settings, path] {
        return BackboneCheck{path, settings.checkBackbone(path)};
    }));
}

void SettingsDialog::finishBackboneCheck() {
    const BackboneCheck result = m_backboneWatcher.result();
    if (result.path != m_backboneEdit->text()) return;  // the field changed meanwhile: its own check is scheduled
    m_backboneVerdict = result;
    m_backbonePending = false;
    revalidate();
}

bool SettingsDialog::showReason(const CheckedField& field, const QString& reason) {
    field.reason->setText(reason);
    field.reason->setVisible(!reason.isEmpty());
    return reason.isEmpty();
}

std::optional<int> SettingsDialog::parseInt(const QString& text) const {
    bool ok = false;
    const int value = locale().toInt(text.trimmed(), &ok);
    if (ok) return value;
    const int plain = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(plain) : std::nullopt;
}

std::optional<double> SettingsDialog::parseDouble(const QString& text) const {
    bool ok = false;
    const double value = locale().toDouble(text.trimmed(), &ok);
    if (ok) return value;
    const double plain = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(plain) : std::nullopt;
}

void SettingsDialog::revalidate() {
    const QString notWhole = tr("Enter a whole number.");
    bool valid = true;

    const auto checkInt = [&](const CheckedField& field, QString (*check)(int)) {
        const auto value = parseInt(field.edit->text());
        valid &= showReason(field, value ? check(*value) : notWhole);
    };
    checkInt(m_threads, &AppSettings::checkThreads);
    checkInt(m_epochs, &AppSettings::checkEpochs);
    checkInt(m_patches, &AppSettings::checkPatchesPerImage);
    checkInt(m_retrainEpochs, &AppSettings::checkRetrainEpochs);

    const auto threshold = parseDouble(m_threshold.edit->text());
    valid &= showReason(m_threshold, threshold ? AppSettings::checkImageThreshold(*threshold)
                                               : tr("Enter a number, e.g. %1.").arg(locale().toString(0.5)));
    valid &= showReason(m_userName, AppSettings::checkUserName(m_userName.edit->text()));
    // As for the backbone: only a new folder must pass; a stored one that went away is reported.
    const bool outliersOk = showReason(m_outliers, AppSettings::checkOutliersFolder(m_outliers.edit->text()));
    if (m_outliers.edit->text() != m_storedOutliers) valid &= outliersOk;

    // Only a new backbone must pass: a stale stored one is reported but does not block other edits.
    const QString path = m_backboneEdit->text();
    const bool changed = path != m_storedBackbone;
    QString backboneReason;
    if (path.isEmpty() && changed)
        backboneReason = AppSettings::checkBackboneFile(path);
    else if (!m_backbonePending)
        backboneReason = m_backboneVerdict.reason;
    if (m_backbonePending && changed) valid = false;
    if (!backboneReason.isEmpty() && changed) valid = false;
    if (!m_backbonePending || path.isEmpty()) {
        m_backboneReason->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_backboneReason->setText(backboneReason);
        m_backboneReason->setVisible(!backboneReason.isEmpty());
    }

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

bool SettingsDialog::hasInvalidInput() const {
    return !m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString SettingsDialog::writeAll() {
    const auto device = deviceFromKey(m_deviceCombo->currentData().toString());
    const auto language = languageFromKey(m_languageCombo->currentData().toString());

    QStringList reasons;
    const auto keep = [&reasons](const QString& reason) {
        if (!reason.isEmpty()) reasons << reason;
    };
    if (m_backboneEdit->text() != m_storedBackbone) keep(m_settings.setBackbonePath(m_backboneEdit->text()));
    if (m_outliers.edit->text() != m_storedOutliers) keep(m_settings.setOutliersFolder(m_outliers.edit->text()));
    keep(m_settings.setDevice(device.value_or(ComputeDevice::Auto)));
    keep(m_settings.setThreads(parseInt(m_threads.edit->text()).value_or(-1)));
    keep(m_settings.setEpochs(parseInt(m_epochs.edit->text()).value_or(-1)));
    keep(m_settings.setPatchesPerImage(parseInt(m_patches.edit->text()).value_or(-1)));
    keep(m_settings.setImageSize(m_detailCombo->currentData().toInt()));
    keep(m_settings.setRetrainEpochs(parseInt(m_retrainEpochs.edit->text()).value_or(-1)));
    keep(m_settings.setImageThreshold(parseDouble(m_threshold.edit->text()).value_or(qQNaN())));
    keep(m_settings.setMaskAutosave(m_autosaveCheck->isChecked()));
    keep(m_settings.setUserName(m_userName.edit->text()));
    keep(m_settings.setLanguage(language.value_or(UiLanguage::System)));
    return reasons.join(QLatin1Char('\n'));
}

void SettingsDialog::accept() {
    revalidate();
    if (hasInvalidInput()) return;
    if (const QString reasons = writeAll(); !reasons.isEmpty()) {
        QMessageBox::warning(this, tr("Settings not saved"), tr("Some settings could not be saved:\n%1").arg(reasons));
        return;
    }
    const bool languageChanged = m_settings.language() != m_storedLanguage;
    QDialog::accept();
    Q_EMIT settingsSaved(languageChanged);
}

}  // namespace dmad::ui
