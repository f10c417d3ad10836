#pragma once

#include <QByteArray>
#include <QString>

namespace vpnwb {

// A password, passphrase or key in memory: its bytes are wiped when it goes
// away. It has no way to be printed or logged; the bytes are reached only
// through constData(), where they are handed to libssh or OpenSSL.
// Copies are deep, and each copy wipes its own bytes.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes);
    static Secret fromUtf8(const QString &text);
    ~Secret();

    Secret(const Secret &other);
    Secret &operator=(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    // Null-terminated.
    const char *constData() const { return m_bytes.constData(); }
    const unsigned char *constBytes() const { return reinterpret_cast<const unsigned char *>(m_bytes.constData()); }

    // Constant-time comparison.
    bool equals(const Secret &other) const;
    // Overwrites memory that held secret bytes (a buffer on the stack, say).
    static void wipeMemory(void *data, qsizetype size);

private:
    void wipe();

    QByteArray m_bytes;
};

} // namespace vpnwb
