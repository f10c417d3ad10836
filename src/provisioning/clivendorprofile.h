#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpnwb {

// How one vendor's CLI behaves over an interactive SSH session: what its
// prompt looks like, how paging is turned off, how configuration mode is
// entered, committed, abandoned and left, and which output lines are errors.
class CliVendorProfile
{
public:
    // The profile of `vendor` ("frr", "iosxr", "iosxe", "eos", "junos", "sros"), or nullptr.
    static const CliVendorProfile *forVendor(const QString &vendor);
    static QStringList vendors();

    QString vendor() const { return m_vendor; }
    // The device name shown by `line` when it is a prompt of this vendor.
    std::optional<QString> promptHost(const QString &line) const;
    // Commands sent once after login (paging and line width off).
    QStringList sessionSetup() const { return m_sessionSetup; }
    QString enterConfiguration() const { return m_enterConfiguration; }
    // Empty where configuration lines take effect one by one (FRR, IOS-XE, EOS).
    QString commitConfiguration() const { return m_commitConfiguration; }
    QStringList abandonConfiguration() const { return m_abandonConfiguration; }
    QString leaveConfiguration() const { return m_leaveConfiguration; }
    // The first line of a command's output that reports an error, or nothing.
    std::optional<QString> errorIn(const QString &output) const;
    // Lines of a configuration text that are not commands (comments, blank lines).
    bool isComment(const QString &line) const;

private:
    CliVendorProfile() = default;
    static QList<CliVendorProfile> makeAll();

    QString m_vendor;
    QRegularExpression m_prompt; // captures the device name as "host"
    QStringList m_sessionSetup;
    QString m_enterConfiguration;
    QString m_commitConfiguration;
    QStringList m_abandonConfiguration;
    QString m_leaveConfiguration;
    QList<QRegularExpression> m_errors;
    QRegularExpression m_comment;
};

} // namespace vpnwb
