#include "hostkeyprompt.h"

#include "hostkeyscan.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vpnwb {

HostKeyPrompt::HostKeyPrompt(const QString &device, const QString &address, int port, const HostKeyCheck &key,
                             QWidget *parent)
    : QDialog(parent)
{
    m_canAccept = HostKeyScan::actionFor(key.verdict) == HostKeyScan::Action::Ask;
    setWindowTitle(m_canAccept ? tr("Unknown host key") : tr("Host key refused"));
    auto *layout = new QVBoxLayout(this);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    switch (key.verdict) {
    case HostKeyCheck::Verdict::Changed:
        m_message->setText(
            tr("The host key of %1 has CHANGED since it was recorded. Someone may be intercepting "
               "the connection, or the device was replaced. Nothing is sent to it. If the change "
               "is expected, remove its old key from the workspace's known_hosts file first.")
                .arg(device));
        break;
    case HostKeyCheck::Verdict::OtherType:
        m_message->setText(
            tr("%1 offered a key of another type than the one recorded for it. Nothing is sent to "
               "it. If this is expected, remove its old key from the workspace's known_hosts file "
               "first.")
                .arg(device));
        break;
    default:
        m_message->setText(
            tr("The workbench has never connected to %1. Compare the fingerprint below with the "
               "one the device shows (e.g. with ssh-keygen -l on it) before you accept it; an "
               "accepted key is recorded and checked on every later connection.")
                .arg(device));
        break;
    }
    layout->addWidget(m_message);

    auto *form = new QFormLayout;
    form->addRow(tr("Device:"), new QLabel(device, this));
    const QString host = address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(address) : address;
    form->addRow(tr("Address:"), new QLabel(QStringLiteral("%1:%2").arg(host).arg(port), this));
    form->addRow(tr("Key type:"), new QLabel(key.keyType, this));
    m_fingerprint = new QLabel(key.fingerprintSha256, this);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    if (m_canAccept) {
        m_acceptButton = buttons->addButton(tr("&Accept and record"), QDialogButtonBox::AcceptRole);
        m_refuseButton = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
        m_refuseButton->setDefault(true); // Return must not accept a key unread
        m_acceptButton->setToolTip(
            tr("Trust this key for %1 and record it in the workspace's known_hosts file").arg(device));
        m_refuseButton->setToolTip(tr("Do not connect; nothing is sent to any device"));
    } else {
        m_refuseButton = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
        m_refuseButton->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace vpnwb
