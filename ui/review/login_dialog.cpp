#include "ui/review/login_dialog.h"

#include "project/accounts.h"
#include "project/project_error.h"
#include "ui/review/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dmad::ui {

LoginDialog::LoginDialog(Session& session, project::ProjectStore& store, QWidget* parent)
    : QDialog(parent), m_session(session), m_store(store) {
    setWindowTitle(tr("Sign In"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateOkButton();
}

QString LoginDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept() {
    try {
        m_session.signIn(project::Accounts(m_store).signIn(m_name->text(), m_password->text()));
    } catch (const project::ProjectError& error) {
        m_password->clear();
        return showError(error.message());
    }
    QDialog::accept();
}

void LoginDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::updateOkButton() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

}  // namespace dmad::ui
