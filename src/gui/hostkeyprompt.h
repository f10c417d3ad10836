#pragma once

#include "hostkeycheck.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace vpnwb {

// Shows the host key a device offered before the workbench sends it
// anything: device, address and port, key type and SHA-256 fingerprint.
// An unknown key is accepted (and then recorded in the workspace's
// known_hosts file) or refused; a changed key, or a key of another type than
// the one recorded, can only be acknowledged: it is refused.
class HostKeyPrompt : public QDialog
{
    Q_OBJECT
public:
    HostKeyPrompt(const QString &device, const QString &address, int port, const HostKeyCheck &key,
                  QWidget *parent = nullptr);

    // Whether the user may accept this key at all.
    bool canAccept() const { return m_canAccept; }
    QLabel *message() const { return m_message; }
    QLabel *fingerprint() const { return m_fingerprint; }
    QPushButton *acceptButton() const { return m_acceptButton; }
    QPushButton *refuseButton() const { return m_refuseButton; }

private:
    bool m_canAccept = false;
    QLabel *m_message = nullptr;
    QLabel *m_fingerprint = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_refuseButton = nullptr;
};

} // namespace vpnwb
