#include "ui/dialogs/settings_dialog.h"

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

namespace dmad::ui {

namespace {

// Loading a backbone takes seconds: wait until the user stops typing before checking it.
constexpr int kBackboneCheckDelayMs = 400;

QLabel* makeReasonLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void selectData(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

}  // namespace

SettingsDialog::SettingsDialog(AppSettings settings, QWidget* parent)
    : QDialog(parent), settings_(std::move(settings))
{
    setWindowTitle(tr("Settings"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Backbone:"), buildBackboneRow());
    form->addRow(tr("&Outlier textures:"), buildOutliersRow());

    deviceCombo_ = new QComboBox(this);
    deviceCombo_->setObjectName(QStringLiteral("deviceCombo"));
    deviceCombo_->addItem(tr("Automatic (GPU when available)"), toKey(ComputeDevice::Auto));
    deviceCombo_->addItem(tr("CPU"), toKey(ComputeDevice::Cpu));
    deviceCombo_->addItem(tr("GPU (CUDA)"), toKey(ComputeDevice::Gpu));
    form->addRow(tr("&Device:"), deviceCombo_);

    threads_ = addCheckedField(form, tr("&Threads (0 = one per core):"), QStringLiteral("threads"));
    epochs_ = addCheckedField(form, tr("Training &epochs:"), QStringLiteral("epochs"));
    patches_ = addCheckedField(form, tr("&Patches per image (0 = all):"), QStringLiteral("patches"));
    threshold_ = addCheckedField(form, tr("Default image &threshold:"), QStringLiteral("threshold"));

    autosaveCheck_ = new QCheckBox(tr("Save masks &automatically"), this);
    autosaveCheck_->setObjectName(QStringLiteral("autosaveCheck"));
    form->addRow(QString(), autosaveCheck_);

    userName_ = addCheckedField(form, tr("&User name:"), QStringLiteral("userName"));

    languageCombo_ = new QComboBox(this);
    languageCombo_->setObjectName(QStringLiteral("languageCombo"));
    languageCombo_->addItem(tr("System language"), toKey(UiLanguage::System));
    // Language names stay in their own language so a user can find theirs in any UI language.
    languageCombo_->addItem(QStringLiteral("English"), toKey(UiLanguage::English));
    languageCombo_->addItem(QStringLiteral("Deutsch"), toKey(UiLanguage::German));
    languageCombo_->addItem(QStringLiteral("简体中文"), toKey(UiLanguage::ChineseSimplified));
    form->addRow(tr("&Language:"), languageCombo_);
    auto* restartNote = new QLabel(tr("A new language applies after DMAD Studio restarts."), this);
    restartNote->setEnabled(false);
    form->addRow(QString(), restartNote);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);

    backboneDebounce_ = new QTimer(this);
    backboneDebounce_->setSingleShot(true);
    backboneDebounce_->setInterval(kBackboneCheckDelayMs);
    connect(backboneDebounce_, &QTimer::timeout, this, &SettingsDialog::startBackboneCheck);
    connect(&backboneWatcher_, &QFutureWatcher<BackboneCheck>::finished, this,
            &SettingsDialog::finishBackboneCheck);

    loadValues();
    for (const auto& field : {outliers_, threads_, epochs_, patches_, threshold_, userName_})
        connect(field.edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(backboneEdit_, &QLineEdit::textChanged, this, &SettingsDialog::scheduleBackboneCheck);
    scheduleBackboneCheck();
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::buildBackboneRow()
{
    auto* row = new QWidget(this);
    backboneEdit_ = new QLineEdit(row);
    backboneEdit_->setObjectName(QStringLiteral("backboneEdit"));
    backboneEdit_->setPlaceholderText(tr("TorchScript file with forward(x) -> (stride-8, stride-16 maps)"));
    auto* browse = new QPushButton(tr("Br&owse..."), row);
    browse->setObjectName(QStringLiteral("backboneBrowse"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseBackbone);
    backboneReason_ = makeReasonLabel(row, QStringLiteral("backboneReason"));

    auto* line = new QHBoxLayout;
    line->addWidget(backboneEdit_, 1);
    line->addWidget(browse);
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(line);
    column->addWidget(backboneReason_);
    return row;
}

QWidget* SettingsDialog::buildOutliersRow()
{
    auto* row = new QWidget(this);
    outliers_.edit = new QLineEdit(row);
    outliers_.edit->setObjectName(QStringLiteral("outliersEdit"));
    outliers_.edit->setPlaceholderText(tr("Folder of texture images, made into the pseudo anomalies"));
    outliers_.edit->setToolTip(tr("Training fuses these textures with normal images to make pseudo anomalies "
                                  "(the abnormal bank M_o); subfolders are searched too"));
    auto* browse = new QPushButton(tr("Bro&wse..."), row);
    browse->setObjectName(QStringLiteral("outliersBrowse"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseOutliers);
    outliers_.reason = makeReasonLabel(row, QStringLiteral("outliersReason"));

    auto* line = new QHBoxLayout;
    line->addWidget(outliers_.edit, 1);
    line->addWidget(browse);
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(line);
    column->addWidget(outliers_.reason);
    return row;
}

SettingsDialog::CheckedField SettingsDialog::addCheckedField(QFormLayout* form, const QString& label,
                                                             const QString& name)
{
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

void SettingsDialog::loadValues()
{
    storedBackbone_ = settings_.backbonePath();
    storedLanguage_ = settings_.language();
    backboneEdit_->setText(storedBackbone_);
    storedOutliers_ = settings_.outliersFolder();
    outliers_.edit->setText(storedOutliers_);
    selectData(deviceCombo_, toKey(settings_.device()));
    threads_.edit->setText(locale().toString(settings_.threads()));
    epochs_.edit->setText(locale().toString(settings_.epochs()));
    patches_.edit->setText(locale().toString(settings_.patchesPerImage()));
    threshold_.edit->setText(locale().toString(settings_.imageThreshold()));
    autosaveCheck_->setChecked(settings_.maskAutosave());
    userName_.edit->setText(settings_.userName());
    selectData(languageCombo_, toKey(storedLanguage_));
}

void SettingsDialog::browseBackbone()
{
    const QString start = backboneEdit_->text().isEmpty() ? QString()
                                                          : QFileInfo(backboneEdit_->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a backbone"), start,
        tr("TorchScript modules (*.pt *.pth *.ts *.ptl);;All files (*)"));
    if (!path.isEmpty())
        backboneEdit_->setText(path);
}

void SettingsDialog::browseOutliers()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Choose the outlier textures"), outliers_.edit->text());
    if (!path.isEmpty())
        outliers_.edit->setText(path);
}

void SettingsDialog::scheduleBackboneCheck()
{
    backboneVerdict_ = {};
    backbonePending_ = !backboneEdit_->text().isEmpty();
    backboneReason_->hide();
    backboneDebounce_->start();
    revalidate();
}

void SettingsDialog::startBackboneCheck()
{
    const QString path = backboneEdit_->text();
    if (path.isEmpty())
        return;
    // A fast refusal (no such file) needs no worker; a running check's stale verdict is ignored.
    if (const QString reason = AppSettings::checkBackboneFile(path); !reason.isEmpty()) {
        backboneVerdict_ = {path, reason};
        backbonePending_ = false;
        revalidate();
        return;
    }
    if (backboneWatcher_.isRunning()) {
        backboneDebounce_->start();
        return;
    }
    backboneReason_->setText(tr("Checking the backbone..."));
    backboneReason_->setStyleSheet(QString());
    backboneReason_->show();
    const AppSettings settings = settings_;
    backboneWatcher_.setFuture(QtConcurrent::run([settings, path] {
        return BackboneCheck{path, settings.checkBackbone(path)};
    }));
}

void SettingsDialog::finishBackboneCheck()
{
    const BackboneCheck result = backboneWatcher_.result();
    if (result.path != backboneEdit_->text())
        return;  // the field changed meanwhile: its own check is scheduled
    backboneVerdict_ = result;
    backbonePending_ = false;
    revalidate();
}

bool SettingsDialog::showReason(const CheckedField& field, const QString& reason)
{
    field.reason->setText(reason);
    field.reason->setVisible(!reason.isEmpty());
    return reason.isEmpty();
}

std::optional<int> SettingsDialog::parseInt(const QString& text) const
{
    bool ok = false;
    const int value = locale().toInt(text.trimmed(), &ok);
    if (ok)
        return value;
    const int plain = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(plain) : std::nullopt;
}

std::optional<double> SettingsDialog::parseDouble(const QString& text) const
{
    bool ok = false;
    const double value = locale().toDouble(text.trimmed(), &ok);
    if (ok)
        return value;
    const double plain = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(plain) : std::nullopt;
}

void SettingsDialog::revalidate()
{
    const QString notWhole = tr("Enter a whole number.");
    bool valid = true;

    const auto checkInt = [&](const CheckedField& field, QString (*check)(int)) {
        const auto value = parseInt(field.edit->text());
        valid &= showReason(field, value ? check(*value) : notWhole);
    };
    checkInt(threads_, &AppSettings::checkThreads);
    checkInt(epochs_, &AppSettings::checkEpochs);
    checkInt(patches_, &AppSettings::checkPatchesPerImage);

    const auto threshold = parseDouble(threshold_.edit->text());
    valid &= showReason(threshold_, threshold ? AppSettings::checkImageThreshold(*threshold)
                                              : tr("Enter a number, e.g. %1.").arg(locale().toString(0.5)));
    valid &= showReason(userName_, AppSettings::checkUserName(userName_.edit->text()));
    // As for the backbone: only a new folder must pass; a stored one that went away is reported.
    const bool outliersOk = showReason(outliers_, AppSettings::checkOutliersFolder(outliers_.edit->text()));
    if (outliers_.edit->text() != storedOutliers_)
        valid &= outliersOk;

    // Only a new backbone must pass: a stale stored one is reported but does not block other edits.
    const QString path = backboneEdit_->text();
    const bool changed = path != storedBackbone_;
    QString backboneReason;
    if (path.isEmpty() && changed)
        backboneReason = AppSettings::checkBackboneFile(path);
    else if (!backbonePending_)
        backboneReason = backboneVerdict_.reason;
    if (backbonePending_ && changed)
        valid = false;
    if (!backboneReason.isEmpty() && changed)
        valid = false;
    if (!backbonePending_ || path.isEmpty()) {
        backboneReason_->setStyleSheet(QStringLiteral("color: #b00020;"));
        backboneReason_->setText(backboneReason);
        backboneReason_->setVisible(!backboneReason.isEmpty());
    }

    buttons_->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

bool SettingsDialog::hasInvalidInput() const
{
    return !buttons_->button(QDialogButtonBox::Ok)->isEnabled();
}

QString SettingsDialog::writeAll()
{
    const auto device = deviceFromKey(deviceCombo_->currentData().toString());
    const auto language = languageFromKey(languageCombo_->currentData().toString());

    QStringList reasons;
    const auto keep = [&reasons](const QString& reason) {
        if (!reason.isEmpty())
            reasons << reason;
    };
    if (backboneEdit_->text() != storedBackbone_)
        keep(settings_.setBackbonePath(backboneEdit_->text()));
    if (outliers_.edit->text() != storedOutliers_)
        keep(settings_.setOutliersFolder(outliers_.edit->text()));
    keep(settings_.setDevice(device.value_or(ComputeDevice::Auto)));
    keep(settings_.setThreads(parseInt(threads_.edit->text()).value_or(-1)));
    keep(settings_.setEpochs(parseInt(epochs_.edit->text()).value_or(-1)));
    keep(settings_.setPatchesPerImage(parseInt(patches_.edit->text()).value_or(-1)));
    keep(settings_.setImageThreshold(parseDouble(threshold_.edit->text()).value_or(qQNaN())));
    keep(settings_.setMaskAutosave(autosaveCheck_->isChecked()));
    keep(settings_.setUserName(userName_.edit->text()));
    keep(settings_.setLanguage(language.value_or(UiLanguage::System)));
    return reasons.join(QLatin1Char('\n'));
}

void SettingsDialog::accept()
{
    revalidate();
    if (hasInvalidInput())
        return;
    if (const QString reasons = writeAll(); !reasons.isEmpty()) {
        QMessageBox::warning(this, tr("Settings not saved"),
                             tr("Some settings could not be saved:\n%1").arg(reasons));
        return;
    }
    const bool languageChanged = settings_.language() != storedLanguage_;
    QDialog::accept();
    emit settingsSaved(languageChanged);
}

}  // namespace dmad::ui
