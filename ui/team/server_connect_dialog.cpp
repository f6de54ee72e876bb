#include "ui/team/server_connect_dialog.h"

#include "project/accounts.h"
#include "project/project_error.h"
#include "project/project_store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

namespace dmad::ui {
namespace {

const QString kGroup = QStringLiteral("server");

}  // namespace

ServerConnectDialog::ServerConnectDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_imageRoot(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Connect to Server"));
    QSettings settings;
    settings.beginGroup(kGroup);
    m_host->setText(settings.value(QStringLiteral("host")).toString());
    m_host->setPlaceholderText(tr("server name, address or socket folder"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    m_database->setText(settings.value(QStringLiteral("database")).toString());
    m_user->setText(settings.value(QStringLiteral("user")).toString());
    m_imageRoot->setText(settings.value(QStringLiteral("imageRoot")).toString());
    m_imageRoot->setPlaceholderText(tr("where this station sees the project's images"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* browse = new QToolButton(this);
    browse->setText(tr("..."));
    browse->setToolTip(tr("Choose the image folder"));
    connect(browse, &QToolButton::clicked, this, &ServerConnectDialog::chooseImageRoot);
    auto* imageRow = new QHBoxLayout;
    imageRow->addWidget(m_imageRoot, 1);
    imageRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Images on this station:"), imageRow);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateConnectButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateConnectButton();
    // The password is what changes between connections: start there when the rest is remembered.
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

ServerConnectDialog::~ServerConnectDialog() = default;

project::ServerConnection ServerConnectDialog::connection() const {
    project::ServerConnection server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    const QString root = m_imageRoot->text().trimmed();
    server.imageRoot = root.isEmpty() ? QString() : QDir(root).absolutePath();
    return server;
}

std::unique_ptr<project::ProjectStore> ServerConnectDialog::takeStore() {
    return std::move(m_store);
}

QString ServerConnectDialog::errorText() const {
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ServerConnectDialog::chooseImageRoot() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Where this station sees the project's images"),
                                                             m_imageRoot->text());
    if (!folder.isEmpty()) m_imageRoot->setText(folder);
}

void ServerConnectDialog::updateConnectButton() {
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void ServerConnectDialog::remember() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("imageRoot"), m_imageRoot->text().trimmed());
    // Never the password.
}

void ServerConnectDialog::accept() {
    const project::ServerConnection server = connection();
    if (!server.imageRoot.isEmpty() && !QDir(server.imageRoot).exists()) {
        m_error->setText(tr("The image folder %1 does not exist on this station.").arg(server.imageRoot));
        m_error->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_store = project::ProjectStore::connect(server);
    } catch (const project::ProjectError& error) {
        QApplication::restoreOverrideCursor();
        m_error->setText(tr("Could not connect to %1.\n%2").arg(server.displayName(), error.message()));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_account.reset();
    try {
        if (!project::Accounts(*m_store).needsAdministrator())
            m_account = project::Accounts(*m_store).signIn(server.user, server.password);
    } catch (const project::ProjectError&) {
        // Not signed in here: the window asks as for any project (the refusal is audited).
    }
    QApplication::restoreOverrideCursor();
    m_error->clear();
    m_error->hide();
    remember();
    m_password->clear();
    QDialog::accept();
}

}  // namespace dmad::ui
