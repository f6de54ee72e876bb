#include "ui/review/account_dialog.h"

#include "project/accounts.h"
#include "project/project_error.h"
#include "project/user_repository.h"
#include "ui/review/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dmad::ui {

AccountDialog::AccountDialog(Mode mode, Session& session, project::ProjectStore& store, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_session(session), m_store(store) {
    const bool first = mode == Mode::FirstAdministrator;
    setWindowTitle(first ? tr("Create the Project's Administrator") : tr("Add User"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setMaxLength(project::UserRepository::kMaxNameLength * 2);  // NFKC may shorten it
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(first ? tr("Create and Sign In") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (first) {
        auto* intro = new QLabel(tr("This project has no administrator yet. The account you create here "
                                    "administers it: it adds the labellers and supervisors."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    if (!first) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        m_role->addItem(tr("Labeller"), static_cast<int>(project::UserRole::Labeller));
        m_role->addItem(tr("Supervisor"), static_cast<int>(project::UserRole::Supervisor));
        m_role->addItem(tr("Administrator"), static_cast<int>(project::UserRole::Administrator));
        m_role->setToolTip(tr("Labellers label images, paint masks and train candidate versions; supervisors "
                              "also review, set thresholds and activate versions; administrators also add users."));
        form->addRow(tr("&Role:"), m_role);
    }
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AccountDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void AccountDialog::accept() {
    if (m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        return showError(tr("The two passwords differ."));
    }
    try {
        project::Accounts accounts(m_store);
        if (m_mode == Mode::FirstAdministrator) {
            m_session.signIn(accounts.createFirstAdministrator(m_name->text(), m_password->text()));
        } else {
            const auto role = static_cast<project::UserRole>(m_role->currentData().toInt());
            accounts.addUser(m_session.userName(), m_name->text(), role, m_password->text());
        }
    } catch (const project::ProjectError& error) {
        return showError(error.message());
    }
    QDialog::accept();
}

void AccountDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

}  // namespace dmad::ui
