// Typed, validated access to the workstation's persistent settings (QSettings "DMAD" / "DMAD Studio").
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dmad::ui {

enum class ComputeDevice { Auto, Cpu, Gpu };
enum class UiLanguage { System, English, German, ChineseSimplified };

// The stable spellings stored in QSettings ("auto", "zh_CN", ...).
QString toKey(ComputeDevice device);
QString toKey(UiLanguage language);
std::optional<ComputeDevice> deviceFromKey(const QString& key);
std::optional<UiLanguage> languageFromKey(const QString& key);

// Every setter returns an empty string when the value was stored, otherwise the reason it was
// refused (and nothing is written). Getters fall back to the default when the stored value is
// missing or no longer valid (a hand-edited file), so a corrupt setting never reaches the engine.
class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(dmad::ui::AppSettings)

public:
    // Deep check of a backbone file (the engine loads it and checks its contract): an empty string
    // when usable, otherwise the reason. Called from worker threads too, so it must be thread-safe.
    using BackboneValidator = std::function<QString(const QString& path)>;

    explicit AppSettings(BackboneValidator validator = {});

    static constexpr int kMinEpochs = 1;
    static constexpr int kMaxEpochs = 200;
    static constexpr int kMaxPatchesPerImage = 4096;
    static int maxThreads();  // twice the hardware cores

    // The checks the setters apply, for forms that validate while the user types.
    // checkBackbone may take seconds (it runs the validator); its verdict is remembered per file
    // version, so the setter that follows a successful check does not load the module again.
    QString checkBackbone(const QString& path) const;
    static QString checkBackboneFile(const QString& path);  // exists and readable; fast
    static QString checkThreads(int threads);
    static QString checkEpochs(int epochs);
    static QString checkRetrainEpochs(int epochs);
    static QString checkPatchesPerImage(int patches);
    static QString checkImageSize(int size);
    static QString checkImageThreshold(double threshold);
    static QString checkUserName(const QString& name);
    static QString checkOutliersFolder(const QString& path);  // a folder with at least one image in it

    QString backbonePath() const;          // the chosen file, else defaultBackbonePath()
    static QString defaultBackbonePath();  // $DMAD_BACKBONE, else the installed one; empty when neither
    QString setBackbonePath(const QString& path);

    // The texture images of the pseudo anomalies (searched recursively).
    QString outliersFolder() const;          // the chosen folder, else defaultOutliersFolder()
    static QString defaultOutliersFolder();  // $DMAD_SHARED_DIR/data/outliers; empty without it
    QString setOutliersFolder(const QString& path);

    ComputeDevice device() const;
    QString setDevice(ComputeDevice device);

    int threads() const;  // 0 = one per core
    QString setThreads(int threads);

    int epochs() const;
    QString setEpochs(int epochs);

    // Retrain: epochs continuing the active model on the new defects and a replay sample (0 = from scratch).
    int retrainEpochs() const;
    QString setRetrainEpochs(int epochs);

    int patchesPerImage() const;  // 0 = all patches
    QString setPatchesPerImage(int patches);

    // The backbone's input size: one of the sizes training/input_size.h offers (256 standard, 384 fine).
    int imageSize() const;
    QString setImageSize(int size);

    double imageThreshold() const;  // image score above which an image counts as defective
    QString setImageThreshold(double threshold);

    bool maskAutosave() const;
    QString setMaskAutosave(bool enabled);

    QString userName() const;  // defaults to the login name
    QString setUserName(const QString& name);

    UiLanguage language() const;
    QString setLanguage(UiLanguage language);

private:
    struct VerdictCache {
        QMutex mutex;
        QHash<QString, QString> verdicts;  // "path|size|mtime" -> reason ("" = usable)
    };
    BackboneValidator m_validator;
    std::shared_ptr<VerdictCache> m_cache;
};

}  // namespace dmad::ui
