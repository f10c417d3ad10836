#pragma once

#include <atomic>

namespace vpnwb {

// Marks an object as in use for the lifetime of the guard; a second guard on
// the same flag, taken while the first lives (from another thread), is not
// acquired. Sessions use it to refuse being driven by two threads at once.
class ExclusiveUse
{
public:
    explicit ExclusiveUse(std::atomic<bool> &flag)
        : m_flag(flag), m_acquired(!flag.exchange(true, std::memory_order_acquire))
    {}
    ~ExclusiveUse()
    {
        if (m_acquired)
            m_flag.store(false, std::memory_order_release);
    }
    ExclusiveUse(const ExclusiveUse &) = delete;
    ExclusiveUse &operator=(const ExclusiveUse &) = delete;

    bool acquired() const { return m_acquired; }

private:
    std::atomic<bool> &m_flag;
    bool m_acquired;
};

} // namespace vpnwb
