#include "ui/canvas/tool_panel.h"

#include "ui/canvas/mask_canvas.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace dmad::ui {
namespace {

constexpr int kPercent = 100;

QToolButton* actionButton(QAction* action, QWidget* parent, Qt::ToolButtonStyle style = Qt::ToolButtonTextOnly) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(style);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QSlider* percentSlider(double value, QWidget* parent) {
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, kPercent);
    slider->setValue(static_cast<int>(std::lround(value * kPercent)));
    return slider;
}

QIcon swatch(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(color);
    return QIcon(pixmap);
}

}  // namespace

ToolPanel::ToolPanel(MaskCanvas* canvas, QWidget* parent) : QWidget(parent), m_canvas(canvas) {
    auto* layout = new QVBoxLayout(this);

    auto* toolBox = new QGroupBox(tr("Tools"), this);
    auto* toolGrid = new QGridLayout(toolBox);
    const MaskTool tools[] = {MaskTool::Brush, MaskTool::Eraser, MaskTool::Polygon, MaskTool::Lasso,
                              MaskTool::FloodFill};
    int index = 0;
    for (MaskTool tool : tools) {
        toolGrid->addWidget(actionButton(canvas->toolAction(tool), toolBox), index / 2, index % 2);
        ++index;
    }
    layout->addWidget(toolBox);

    auto* settings = new QFormLayout;
    m_brushSlider = new QSlider(Qt::Horizontal, this);
    m_brushSlider->setRange(1, MaskCanvas::kMaxBrushSize);
    m_brushSlider->setValue(canvas->brushSize());
    m_brushSpin = new QSpinBox(this);
    m_brushSpin->setRange(1, MaskCanvas::kMaxBrushSize);
    m_brushSpin->setSuffix(tr(" px"));
    m_brushSpin->setValue(canvas->brushSize());
    m_brushSpin->setToolTip(tr("Brush diameter in image pixels ([ and ] change it)"));
    auto* brushRow = new QHBoxLayout;
    brushRow->addWidget(m_brushSlider, 1);
    brushRow->addWidget(m_brushSpin);
    settings->addRow(tr("Brush size"), brushRow);
    connect(m_brushSlider, &QSlider::valueChanged, canvas, &MaskCanvas::setBrushSize);
    connect(m_brushSpin, qOverload<int>(&QSpinBox::valueChanged), canvas, &MaskCanvas::setBrushSize);
    connect(canvas, &MaskCanvas::brushSizeChanged, this, [this](int size) {
        const QSignalBlocker sliderBlock(m_brushSlider);
        const QSignalBlocker spinBlock(m_brushSpin);
        m_brushSlider->setValue(size);
        m_brushSpin->setValue(size);
    });

    m_toleranceSpin = new QSpinBox(this);
    m_toleranceSpin->setRange(0, 255);
    m_toleranceSpin->setValue(canvas->floodTolerance());
    m_toleranceSpin->setToolTip(tr("Flood fill takes neighbouring pixels whose colour differs from the clicked "
                                   "pixel's by at most this much per channel"));
    settings->addRow(tr("Fill tolerance"), m_toleranceSpin);
    connect(m_toleranceSpin, qOverload<int>(&QSpinBox::valueChanged), canvas, &MaskCanvas::setFloodTolerance);
    connect(canvas, &MaskCanvas::floodToleranceChanged, m_toleranceSpin, &QSpinBox::setValue);

    m_typeBox = new QComboBox(this);
    settings->addRow(tr("Defect type"), m_typeBox);
    connect(m_typeBox, qOverload<int>(&QComboBox::activated), this,
            [this](int row) { m_canvas->setCurrentDefectType(m_typeBox->itemData(row).toInt()); });
    connect(canvas, &MaskCanvas::defectTypesChanged, this, &ToolPanel::refillDefectTypes);
    connect(canvas, &MaskCanvas::currentDefectTypeChanged, this, &ToolPanel::selectCurrentType);

    m_maskVisibleBox = new QCheckBox(tr("Show mask"), this);
    m_maskVisibleBox->setChecked(canvas->isMaskVisible());
    m_maskOpacitySlider = percentSlider(canvas->maskOpacity(), this);
    m_maskOpacitySlider->setToolTip(tr("Mask opacity"));
    settings->addRow(m_maskVisibleBox, m_maskOpacitySlider);
    connect(m_maskVisibleBox, &QCheckBox::toggled, canvas, &MaskCanvas::setMaskVisible);
    connect(canvas, &MaskCanvas::maskVisibleChanged, m_maskVisibleBox, &QCheckBox::setChecked);
    connect(m_maskOpacitySlider, &QSlider::valueChanged, canvas,
            [canvas](int value) { canvas->setMaskOpacity(static_cast<double>(value) / kPercent); });
    connect(canvas, &MaskCanvas::maskOpacityChanged, this, [this](double opacity) {
        const QSignalBlocker block(m_maskOpacitySlider);
        m_maskOpacitySlider->setValue(static_cast<int>(std::lround(opacity * kPercent)));
    });

    m_heatmapVisibleBox = new QCheckBox(tr("Show heatmap"), this);
    m_heatmapVisibleBox->setChecked(canvas->isHeatmapVisible());
    m_heatmapOpacitySlider = percentSlider(canvas->heatmapOpacity(), this);
    m_heatmapOpacitySlider->setToolTip(tr("Heatmap opacity"));
    settings->addRow(m_heatmapVisibleBox, m_heatmapOpacitySlider);
    connect(m_heatmapVisibleBox, &QCheckBox::toggled, canvas, &MaskCanvas::setHeatmapVisible);
    connect(canvas, &MaskCanvas::heatmapVisibleChanged, m_heatmapVisibleBox, &QCheckBox::setChecked);
    connect(m_heatmapOpacitySlider, &QSlider::valueChanged, canvas,
            [canvas](int value) { canvas->setHeatmapOpacity(static_cast<double>(value) / kPercent); });
    connect(canvas, &MaskCanvas::heatmapOpacityChanged, this, [this](double opacity) {
        const QSignalBlocker block(m_heatmapOpacitySlider);
        m_heatmapOpacitySlider->setValue(static_cast<int>(std::lround(opacity * kPercent)));
    });
    connect(canvas, &MaskCanvas::heatmapChanged, this, &ToolPanel::syncHeatmapControls);
    layout->addLayout(settings);

    auto* editRow = new QHBoxLayout;
    // Icons only: the actions' texts name the step ("Undo Brush stroke") and would resize the panel.
    editRow->addWidget(actionButton(canvas->undoAction(), this, Qt::ToolButtonIconOnly));
    editRow->addWidget(actionButton(canvas->redoAction(), this, Qt::ToolButtonIconOnly));
    editRow->addWidget(actionButton(canvas->clearAction(), this));
    layout->addLayout(editRow);
    layout->addStretch(1);

    refillDefectTypes();
    syncHeatmapControls();
}

ToolPanel::~ToolPanel() = default;

void ToolPanel::refillDefectTypes() {
    const QSignalBlocker block(m_typeBox);
    m_typeBox->clear();
    for (const DefectType& type : m_canvas->defectTypes())
        m_typeBox->addItem(swatch(m_canvas->colorForLabel(type.id)), type.name, type.id);
    if (m_typeBox->findData(m_canvas->currentDefectType()) < 0)
        m_typeBox->addItem(swatch(m_canvas->colorForLabel(m_canvas->currentDefectType())), tr("Defect"),
                           m_canvas->currentDefectType());
    selectCurrentType(m_canvas->currentDefectType());
}

void ToolPanel::selectCurrentType(int id) {
    const QSignalBlocker block(m_typeBox);
    m_typeBox->setCurrentIndex(m_typeBox->findData(id));
}

void ToolPanel::syncHeatmapControls() {
    const bool available = m_canvas->hasHeatmap();
    m_heatmapVisibleBox->setEnabled(available);
    m_heatmapOpacitySlider->setEnabled(available);
}

}  // namespace dmad::ui
