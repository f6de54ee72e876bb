#include "ui/dialogs/about_dialog.h"

#include "ui/dialogs/opencv_version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#ifndef DMAD_VERSION
#error "DMAD_VERSION must come from the CMake project version (ui/dialogs/CMakeLists.txt)"
#endif

namespace dmad::ui {

namespace {

constexpr int kIconSize = 64;

QString row(const QString& name, const QString& value) {
    return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

}  // namespace

AboutDialog::AboutDialog(const QString& torchVersion, QWidget* parent) : QDialog(parent), m_torchVersion(torchVersion) {
    setWindowTitle(tr("About DMAD Studio"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(kIconSize, kIconSize));
    auto* title = new QLabel(tr("<h2>DMAD Studio %1</h2><p>Visual inspection with a dual memory bank: "
                                "normal patterns and known defects, learnt from a few labelled "
                                "images.</p>")
                                 .arg(productVersion()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    const QString torch = m_torchVersion.isEmpty() ? tr("not loaded yet") : m_torchVersion;
    const QString versions = QStringLiteral("<table cellspacing=\"4\">") + row(tr("DMAD Studio"), productVersion()) +
        row(tr("Qt"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))) +
            row(tr("OpenCV"), QString::fromLatin1(openCvVersion())) + row(tr("LibTorch"), torch) +
            QStringLiteral("</table>");

    auto* versionsLabel = new QLabel(versions, this);
    versionsLabel->setObjectName(QStringLiteral("versionsLabel"));
    versionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* notices = new QTextBrowser(this);
    notices->setObjectName(QStringLiteral("licenceNotes"));
    notices->setOpenExternalLinks(true);
    notices->setHtml(
        tr("<h3>Method</h3>"
           "<p>DMAD follows J. Hu et al., <i>DMAD: Dual Memory Bank for Real-World Anomaly Detection</i>, "
           "arXiv:2403.12362 (2024), implemented anew for this workstation.</p>"
           "<h3>Bundled assets</h3>"
           "<p>The application icon (a magnifier over an inspection grid with one defective cell) was "
           "drawn for DMAD Studio and is dedicated to the public domain under "
           "<a href=\"https://creativecommons.org/publicdomain/zero/1.0/\">CC0 1.0</a>.</p>"
           "<h3>Not bundled</h3>"
           "<p><b>Backbones</b>: DMAD Studio ships no network weights. Choose a TorchScript backbone in "
           "Settings; <code>export_backbone.py</code> (installed in /usr/share/dmad-studio) exports "
           "torchvision's ResNet-18 or WideResNet-50-2 (BSD-3-Clause code; ImageNet-trained weights) on a "
           "computer with internet access.</p>"
           "<p><b>Data sets</b> are not included; download them from their authors and respect their "
           "licences: MVTec AD and MVTec 3D-AD (<a href=\"https://www.mvtec.com/company/research/datasets\">"
           "mvtec.com</a>, CC BY-NC-SA 4.0, non-commercial), VisA (Amazon, "
           "<a href=\"https://github.com/amazon-science/spot-diff\">github.com/amazon-science/spot-diff</a>, "
           "CC BY 4.0), the Describable Textures Dataset used for pseudo anomalies "
           "(<a href=\"https://www.robots.ox.ac.uk/~vgg/data/dtd/\">robots.ox.ac.uk/~vgg/data/dtd</a>, "
           "research use).</p>"
           "<h3>Libraries</h3>"
           "<p>Qt 6 (LGPL-3.0), OpenCV (Apache-2.0), LibTorch / PyTorch (BSD-3-Clause), "
           "QCustomPlot (GPL-3.0), SQLite (public domain), OpenBLAS (BSD-3-Clause).</p>"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(versionsLabel);
    layout->addWidget(notices, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::productVersion() {
    return QStringLiteral(DMAD_VERSION);
}

QString AboutDialog::versionsText() const {
    return QStringLiteral("DMAD Studio %1\nQt %2 (built with %3)\nOpenCV %4\nLibTorch %5\n") .arg(
        productVersion(), QString::fromLatin1(qVersion()),
        QStringLiteral(QT_VERSION_STR), QString::fromLatin1(openCvVersion()),
                       m_torchVersion.isEmpty() ? QStringLiteral("-") : m_torchVersion);
}

}  // namespace dmad::ui
