#include "secret.h"

#include <openssl/crypto.h>

#include <utility>

namespace vpnwb {

Secret::Secret(QByteArray bytes) : m_bytes(std::move(bytes))
{
    // Own the buffer alone, so that wiping it wipes every place it was.
    m_bytes.detach();
}

Secret Secret::fromUtf8(const QString &text)
{
    return Secret(text.toUtf8());
}

Secret::~Secret()
{
    wipe();
}

Secret::Secret(const Secret &other) : m_bytes(other.m_bytes.constData(), other.m_bytes.size()) {}

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        wipe();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

Secret::Secret(Secret &&other) noexcept : m_bytes(std::exchange(other.m_bytes, QByteArray())) {}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

bool Secret::equals(const Secret &other) const
{
    return m_bytes.size() == other.m_bytes.size() &&
           CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), static_cast<size_t>(m_bytes.size())) == 0;
}

void Secret::wipeMemory(void *data, qsizetype size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, static_cast<size_t>(size));
}

void Secret::wipe()
{
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}

} // namespace vpnwb
