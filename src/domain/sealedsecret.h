#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vpnwb {

// One secret of the credential vault as it is stored: AES-256-GCM ciphertext
// with its nonce and authentication tag, bound to its name. Never the clear text.
struct SealedSecret
{
    QString name;
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
    QDateTime updatedAt;

    bool operator==(const SealedSecret &) const = default;
};

} // namespace vpnwb
