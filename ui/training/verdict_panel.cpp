#include "ui/training/verdict_panel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace dmad::ui {
namespace {

QString number(double value) {
    return QLocale().toString(value, 'f', 3);
}

}  // namespace

VerdictPanel::VerdictPanel(QWidget* parent)
    : QWidget(parent), m_verdictLabel(new QLabel(this)), m_scoreLabel(new QLabel(this)),
      m_thresholdLabel(new QLabel(this)), m_visible(new QCheckBox(tr("Show &heatmap"), this)),
      m_opacity(new QSlider(Qt::Horizontal, this)), m_contour(new QSlider(Qt::Horizontal, this)),
      m_contourLabel(new QLabel(this)) {
    m_verdictLabel->setObjectName(QStringLiteral("verdict"));
    m_verdictLabel->setAlignment(Qt::AlignCenter);
    QFont big = m_verdictLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_verdictLabel->setFont(big);
    m_verdictLabel->setMinimumWidth(m_verdictLabel->fontMetrics().horizontalAdvance(QStringLiteral("NG")) * 2);

    m_visible->setChecked(true);
    m_opacity->setObjectName(QStringLiteral("opacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    m_opacity->setToolTip(tr("Heatmap opacity"));
    m_contour->setObjectName(QStringLiteral("contourThreshold"));
    m_contour->setRange(0, kSteps);
    m_contour->setToolTip(tr("Outline the region whose anomaly score is at least this value"));
    m_contourLabel->setObjectName(QStringLiteral("contourValue"));

    auto* form = new QFormLayout;
    form->addRow(tr("Score:"), m_scoreLabel);
    form->addRow(tr("Threshold:"), m_thresholdLabel);
    form->addRow(m_visible);
    form->addRow(tr("Opacity:"), m_opacity);
    auto* contourRow = new QHBoxLayout;
    contourRow->addWidget(m_contour, 1);
    contourRow->addWidget(m_contourLabel);
    form->addRow(tr("Contour at:"), contourRow);
    auto* row = new QHBoxLayout;
    row->addWidget(m_verdictLabel);
    row->addLayout(form, 1);
    // A tall dock leaves the space below: the verdict badge stays as high as the figures beside it.
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { Q_EMIT heatmapOpacityChanged(v / 100.0); });
    connect(m_visible, &QCheckBox::toggled, this, &VerdictPanel::heatmapVisibleChanged);
    connect(m_contour, &QSlider::valueChanged, this, [this](int position) {
        updateContourLabel();
        Q_EMIT contourThresholdChanged(sliderToValue(position));
    });
    clearMapRange();
    showMessage(tr("No model"));
}

double VerdictPanel::sliderToValue(int position) const {
    return m_range.low + (m_range.high - m_range.low) * double(position) / kSteps;
}

int VerdictPanel::valueToSlider(double value) const {
    const double span = m_range.high - m_range.low;
    const double t = span > 0 ? (value - m_range.low) / span : 0.0;
    return int(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

void VerdictPanel::updateContourLabel() {
    m_contourLabel->setText(m_hasRange ? number(contourThreshold()) : QStringLiteral("–"));
    m_contourLabel->setToolTip(m_hasRange ? QString() : tr("No model"));
}

void VerdictPanel::setMapRange(const training::MapRange& range) {
    const double keep = contourThreshold();
    m_range = range;
    m_hasRange = true;
    m_contour->setEnabled(true);
    setContourThreshold(keep);
    updateContourLabel();
}

void VerdictPanel::clearMapRange() {
    m_hasRange = false;
    m_range = training::MapRange{};
    m_contour->setEnabled(false);
    updateContourLabel();
}

double VerdictPanel::contourThreshold() const {
    return sliderToValue(m_contour->value());
}

void VerdictPanel::setContourThreshold(double threshold) {
    m_contour->setValue(valueToSlider(threshold));
}

double VerdictPanel::heatmapOpacity() const {
    return m_opacity->value() / 100.0;
}

void VerdictPanel::setHeatmapOpacity(double opacity) {
    m_opacity->setValue(int(std::lround(std::clamp(opacity, 0.0, 1.0) * 100)));
}

bool VerdictPanel::isHeatmapVisible() const {
    return m_visible->isChecked();
}

void VerdictPanel::showResult(double score, const project::ThresholdInForce& inForce) {
    using project::ThresholdOrigin;
    const double threshold = inForce.value;
    const ThresholdOrigin origin = inForce.origin;
    m_score = score;
    m_verdict = project::verdictOf(score, threshold);
    const bool ng = m_verdict == project::Verdict::Ng;
    m_verdictLabel->setText(ng ? tr("NG") : tr("OK"));
    m_verdictLabel->setStyleSheet(ng ? QStringLiteral("color: white; background: #c62828; border-radius: 4px;")
                                     : QStringLiteral("color: white; background: #2e7d32; border-radius: 4px;"));
    m_scoreLabel->setText(number(score));
    switch (origin) {
    case ThresholdOrigin::Supervisor: m_thresholdLabel->setText(tr("%1 (this category)").arg(number(threshold))); break;
    case ThresholdOrigin::Suggested: m_thresholdLabel->setText(tr("%1 (suggested)").arg(number(threshold))); break;
    case ThresholdOrigin::Default: m_thresholdLabel->setText(tr("%1 (default)").arg(number(threshold))); break;
    }
    m_thresholdLabel->setToolTip(origin == ThresholdOrigin::Suggested
                                     ? tr("No supervisor has set this category's threshold yet: it is the highest "
                                          "score the model gives an image labelled normal")
                                     : QString());
}

void VerdictPanel::showBusy() {
    m_verdict.reset();
    m_verdictLabel->setText(QStringLiteral("…"));
    m_verdictLabel->setStyleSheet({});
    m_scoreLabel->setText(tr("computing…"));
}

void VerdictPanel::showMessage(const QString& text) {
    m_verdict.reset();
    m_verdictLabel->setText(QStringLiteral("–"));
    m_verdictLabel->setStyleSheet({});
    m_scoreLabel->setText(text);
    m_thresholdLabel->clear();
}

}  // namespace dmad::ui
