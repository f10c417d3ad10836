#include "settingsdialog.h"

#include "appsettings.h"
#include "ui_settingsdialog.h"

#include <QFileDialog>

namespace vpnwb {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->language->addItem(tr("System default"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(AppSettings::language())));
    m_ui->defaultWorkspace->setText(AppSettings::defaultWorkspace());
    m_ui->reopenLast->setChecked(AppSettings::reopenLast());
    connect(m_ui->browseWorkspace, &QToolButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Default workspace"), m_ui->defaultWorkspace->text(),
                                         tr("VPN Workbench workspaces (*.vpnwb);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_ui->defaultWorkspace->setText(path);
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_ui->language->currentData().toString());
    AppSettings::setDefaultWorkspace(m_ui->defaultWorkspace->text().trimmed());
    AppSettings::setReopenLast(m_ui->reopenLast->isChecked());
    QDialog::accept();
}

} // namespace vpnwb
