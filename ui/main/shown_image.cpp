#include "ui/main/shown_image.h"

#include "ui/team/conflict_question.h"

#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "ui/canvas/defect_type.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/dialogs/app_settings.h"
#include "ui/team/conflict_question.h"
#include "ui/training/heatmap_controller.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QtConcurrent>

// Texts that moved here from the main window keep its translation context, so they stay translated.
namespace dmad::ui {

namespace {

// Per project, so that reopening a project returns to the image the user was working on.
QString lastImageKey(const QString& projectDirectory) {
    const QByteArray hash = QCryptographicHash::hash(projectDirectory.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("projects/%1/lastImage").arg(QString::fromLatin1(hash.toHex().left(16)));
}

QByteArray encodePng(const QImage& labels) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    labels.save(&buffer, "PNG");
    return bytes;
}

QString labelText(const project::ImageRecord& image) {
    QString label = image.status == project::ImageStatus::Normal
                        ? QCoreApplication::translate("dmad::ui::MainWindow", "normal")
                    : image.status == project::ImageStatus::Defective
                        ? QCoreApplication::translate("dmad::ui::MainWindow", "defective")
                        : QCoreApplication::translate("dmad::ui::MainWindow", "unlabelled");
    if (!image.defectTypeName.isEmpty()) label += QStringLiteral(": ") + image.defectTypeName;
    if (image.reviewed) label += QCoreApplication::translate("dmad::ui::MainWindow", ", reviewed");
    return label;
}

}  // namespace

ShownImage::ShownImage(MaskCanvas* canvas, HeatmapController* heatmaps, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_heatmaps(heatmaps), m_dialogParent(dialogParent) {
    connect(&m_loader, &QFutureWatcher<LoadedImage>::finished, this, &ShownImage::onLoaded);
}

ShownImage::~ShownImage() {
    m_loader.waitForFinished();
}

// The last image of a project, remembered per project folder.
qint64 ShownImage::lastImageOf(const QString& projectDirectory) {
    return QSettings().value(lastImageKey(projectDirectory), -1).toLongLong();
}

void ShownImage::setProject(project::ProjectStore* store) {
    m_loader.waitForFinished();
    m_store = store;
    m_requestedId = -1;
    m_requested.reset();
    showNothing();
}

void ShownImage::show(qint64 imageId) {
    m_requestedId = imageId;
    // Read-only until the new image is there, so no stroke lands on the image that is leaving.
    m_canvas->setReadOnly(true);
    std::optional<project::ImageRecord> image;
    QString maskPath;
    m_requestedMaskVersion = 0;  // the version a save expects to replace (0: no mask)
    try {
        if (m_store && imageId >= 0) image = project::ImageRepository(*m_store).byId(imageId);
        if (image && image->hasMask) {
            const project::MaskRepository masks(*m_store);
            if (const auto mask = masks.forImage(imageId)) {
                maskPath = masks.absoluteFile(*mask);
                m_requestedMaskVersion = mask->rowVersion;
            }
        }
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
        image.reset();
    }
    m_requested = image;
    if (!image) {
        showNothing();
        return;
    }
    // The heatmap waits for the decoded pixels (onLoaded), so the file is read and decoded once; until
    // then the old image's map must not linger.
    m_heatmaps->clear();
    const QSize expected(image->width, image->height);
    const qint64 type = image->defectTypeId.value_or(0);
    const int defectLabel = type >= kMinDefectTypeId && type <= kMaxDefectTypeId ? static_cast<int>(type) : 0;
    m_loader.setFuture(QtConcurrent::run([imageId, path = image->path, maskPath, expected, defectLabel] {
        return loadImageForLabelling(imageId, path, maskPath, expected, defectLabel);
    }));
}

void ShownImage::onLoaded() {
    const LoadedImage loaded = m_loader.result();
    if (loaded.imageId != m_requestedId || !m_requested || m_requested->id != loaded.imageId) return;
    if (!loaded.error.isEmpty()) {
        showNothing();
        Q_EMIT failed(loaded.error);
        return;
    }
    // The model inspects the very pixels the canvas shows: one read, one decode.
    m_heatmaps->showDecoded(loaded.imageId, loaded.decoded, m_requested->categoryId);
    m_canvas->setImage(loaded.image);
    m_shownMaskVersion = m_requestedMaskVersion;
    if (!loaded.maskLabels.isNull()) m_canvas->document()->setLabels(loaded.maskLabels);
    m_heatmaps->canvasImageChanged();  // a map computed before (the same pixels and model) goes onto them now
    setRecord(m_requested);
    if (m_record->defectTypeId) m_canvas->setCurrentDefectType(static_cast<int>(*m_record->defectTypeId));
    m_canvas->setReadOnly(m_store->isReadOnly());
    QSettings().setValue(lastImageKey(m_store->directory()), m_record->id);
    Q_EMIT shown(m_record->id);
    if (!loaded.warning.isEmpty()) Q_EMIT failed(loaded.warning);
}

void ShownImage::showNothing() {
    m_canvas->setImage(QImage());
    m_canvas->setReadOnly(true);
    m_heatmaps->clear();
    setRecord(std::nullopt);
}

void ShownImage::setRecord(std::optional<project::ImageRecord> record) {
    m_record = std::move(record);
    if (m_record) Q_EMIT recordChanged(*m_record);
    Q_EMIT statusChanged(statusText());
}

void ShownImage::reloadRecord() {
    if (!m_store || !m_record) return;
    try {
        if (auto fresh = project::ImageRepository(*m_store).byId(m_record->id)) setRecord(std::move(fresh));
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
    }
}

std::optional<qint64> ShownImage::chosenDefectType() const {
    const int current = m_canvas->currentDefectType();
    if (current >= kMinDefectTypeId && current <= kMaxDefectTypeId) return current;
    return m_record ? m_record->defectTypeId : std::nullopt;
}

bool ShownImage::saveMask() {
    if (!m_store || !m_record) return false;
    MaskDocument* document = m_canvas->document();
    try {
        project::Labelling labelling(*m_store, m_userName);
        if (!document->hasDefectPixels()) {
            // An emptied mask is no mask: the stored one goes, the label stays as the user set it.
            if (m_record->hasMask) labelling.removeMask(m_record->id);
            m_shownMaskVersion = 0;
        } else {
            // On a team server a save names the version it replaces: another station's newer mask is a conflict.
            m_shownMaskVersion =
                labelling.saveMask(m_record->id, encodePng(document->labels()), chosenDefectType(), m_shownMaskVersion)
                    .rowVersion;
        }
    } catch (const project::ProjectError& error) {
        if (error.kind() == project::ProjectError::Kind::Conflict) return resolveMaskConflict(error.message());
        Q_EMIT failed(QCoreApplication::translate("dmad::ui::MainWindow",
                                                  "The mask was not saved; your painting is still on the canvas.\n\n%1")
                          .arg(error.message()));
        return false;
    }
    document->setClean();
    const qint64 id = m_record->id;
    reloadRecord();
    Q_EMIT maskSaved(id);
    return true;
}

bool ShownImage::resolveMaskConflict(const QString& detail) {
    const qint64 id = m_record->id;
    switch (askAboutConflict(
        m_dialogParent,
        QCoreApplication::translate("dmad::ui::MainWindow", "the mask of %1").arg(QFileInfo(m_record->path).fileName()),
        detail)) {
    case ConflictChoice::Overwrite: {
        const auto current = project::MaskRepository(*m_store).forImage(id);
        m_shownMaskVersion = current ? current->rowVersion : 0;  // theirs, knowingly replaced
        return saveMask();
    }
    case ConflictChoice::TakeTheirs:
        m_canvas->document()->setClean();
        show(id);
        return true;
    case ConflictChoice::KeepEditing: break;
    }
    return false;
}

bool ShownImage::resolveUnsaved() {
    if (!m_record || !m_canvas->document()->isDirty()) return true;
    if (AppSettings().maskAutosave()) return saveMask();
    const QMessageBox::StandardButton answer = QMessageBox::question(
        m_dialogParent, QCoreApplication::translate("dmad::ui::MainWindow", "Unsaved mask"),
        QCoreApplication::translate("dmad::ui::MainWindow", "The mask of this image has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return saveMask();
    if (answer == QMessageBox::Discard) {
        m_canvas->document()->setClean();
        return true;
    }
    return false;
}

QString ShownImage::statusText() const {
    if (!m_store) return QCoreApplication::translate("dmad::ui::MainWindow", "No project open");
    if (!m_record) {
        return m_requestedId >= 0 ? QCoreApplication::translate("dmad::ui::MainWindow", "Loading the image...")
                                  : QCoreApplication::translate("dmad::ui::MainWindow", "No image selected");
    }
    const project::ImageRecord& image = *m_record;
    return QCoreApplication::translate("dmad::ui::MainWindow", "%1  |  %2  |  %3 x %4 px  |  %5  |  %6")
        .arg(image.shortName(), image.categoryName)
        .arg(image.width)
        .arg(image.height)
        .arg(image.split == project::Split::Train ? QCoreApplication::translate("dmad::ui::MainWindow", "train")
                                                  : QCoreApplication::translate("dmad::ui::MainWindow", "test"),
             labelText(image));
}

}  // namespace dmad::ui
