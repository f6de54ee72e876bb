// The controls of a MaskCanvas in one panel: tools, brush size, flood tolerance, defect type, opacities, undo/redo and clear.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace dmad::ui {

class MaskCanvas;

// Bound to one canvas for its lifetime: the panel's buttons are the canvas's own QActions (with
// their shortcuts), its sliders and combo box follow the canvas's state both ways. The defect-type
// combo lists canvas->defectTypes(); fill it with canvas->setDefectTypes().
// "Mark normal" / "Mark defective" belong to the main window, not here.
class ToolPanel : public QWidget {
    Q_OBJECT

public:
    explicit ToolPanel(MaskCanvas* canvas, QWidget* parent = nullptr);
    ~ToolPanel() override;

    QComboBox* defectTypeBox() const { return m_typeBox; }
    QSlider* brushSizeSlider() const { return m_brushSlider; }
    QSlider* maskOpacitySlider() const { return m_maskOpacitySlider; }
    QSlider* heatmapOpacitySlider() const { return m_heatmapOpacitySlider; }

private:
    void refillDefectTypes();
    void selectCurrentType(int id);
    void syncHeatmapControls();

    MaskCanvas* m_canvas;
    QSlider* m_brushSlider;
    QSpinBox* m_brushSpin;
    QSpinBox* m_toleranceSpin;
    QComboBox* m_typeBox;
    QCheckBox* m_maskVisibleBox;
    QSlider* m_maskOpacitySlider;
    QCheckBox* m_heatmapVisibleBox;
    QSlider* m_heatmapOpacitySlider;
};

}  // namespace dmad::ui
