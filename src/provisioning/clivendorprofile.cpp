#include "clivendorprofile.h"

namespace vpnwb {
namespace {

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern));
}

} // namespace

QList<CliVendorProfile> CliVendorProfile::makeAll()
{
    QList<CliVendorProfile> all;
    CliVendorProfile p;

    // FRR vtysh: "pe1# ", "pe1(config-router)# ". Every complaint starts with "%":
    // "% Unknown command: ...", "% Command incomplete: ...", "% Ambiguous command: ...",
    // "% Invalid input ...", "% Create the peer-group or interface first", ...
    p.m_vendor = QStringLiteral("frr");
    p.m_prompt = re(R"(^(?<host>[A-Za-z0-9._-]+)(\([A-Za-z0-9._-]+\))?[#>] ?$)");
    p.m_sessionSetup = {QStringLiteral("terminal length 0")};
    p.m_enterConfiguration = QStringLiteral("configure terminal");
    p.m_commitConfiguration.clear();
    p.m_abandonConfiguration = {QStringLiteral("end")};
    p.m_leaveConfiguration = QStringLiteral("end");
    p.m_errors = {re(R"(^%)")};
    p.m_comment = re(R"(^\s*(!.*)?$)");
    all.append(p);

    // Cisco IOS-XR: "RP/0/RP0/CPU0:pe1#", "RP/0/RP0/CPU0:pe1(config-bgp)#"; changes wait for "commit".
    p = CliVendorProfile();
    p.m_vendor = QStringLiteral("iosxr");
    p.m_prompt = re(R"(^RP/\d+/[A-Za-z0-9]+/CPU\d+:(?<host>[A-Za-z0-9._-]+)(\([^)]*\))?# ?$)");
    p.m_sessionSetup = {QStringLiteral("terminal length 0"), QStringLiteral("terminal width 0")};
    p.m_enterConfiguration = QStringLiteral("configure terminal");
    p.m_commitConfiguration = QStringLiteral("commit");
    p.m_abandonConfiguration = {QStringLiteral("abort")};
    p.m_leaveConfiguration = QStringLiteral("end");
    p.m_errors = {re(R"(^% ?(Invalid input detected|Incomplete command|Ambiguous command|Failed to commit))"),
                  re(R"(^!!% )")};
    p.m_comment = re(R"(^\s*(!.*)?$)");
    all.append(p);

    // Cisco IOS-XE (CPE): "ce1#", "ce1(config-if)#"; lines apply at once.
    p = CliVendorProfile();
    p.m_vendor = QStringLiteral("iosxe");
    p.m_prompt = re(R"(^(?<host>[A-Za-z0-9._-]+)(\([^)]*\))?[#>] ?$)");
    p.m_sessionSetup = {QStringLiteral("terminal length 0"), QStringLiteral("terminal width 0")};
    p.m_enterConfiguration = QStringLiteral("configure terminal");
    p.m_commitConfiguration.clear();
    p.m_abandonConfiguration = {QStringLiteral("end")};
    p.m_leaveConfiguration = QStringLiteral("end");
    p.m_errors = {re(R"(^% ?(Invalid input detected|Incomplete command|Ambiguous command|Unknown command))")};
    p.m_comment = re(R"(^\s*(!.*)?$)");
    all.append(p);

    // Arista EOS: "pe1#", "pe1(config-router-bgp)#"; lines apply at once.
    p = CliVendorProfile();
    p.m_vendor = QStringLiteral("eos");
    p.m_prompt = re(R"(^(?<host>[A-Za-z0-9._-]+)(\([^)]*\))?[#>] ?$)");
    p.m_sessionSetup = {QStringLiteral("terminal length 0"), QStringLiteral("terminal width 32767")};
    p.m_enterConfiguration = QStringLiteral("configure terminal");
    p.m_commitConfiguration.clear();
    p.m_abandonConfiguration = {QStringLiteral("end")};
    p.m_leaveConfiguration = QStringLiteral("end");
    p.m_errors = {re(R"(^% ?(Invalid input|Incomplete command|Ambiguous command|Unavailable command|Error))")};
    p.m_comment = re(R"(^\s*(!.*)?$)");
    all.append(p);

    // Juniper Junos: "user@pe1> ", "user@pe1# " (with "[edit ...]" above); changes wait for "commit".
    p = CliVendorProfile();
    p.m_vendor = QStringLiteral("junos");
    p.m_prompt = re(R"(^[A-Za-z0-9._-]+@(?<host>[A-Za-z0-9._-]+)[>#] ?$)");
    p.m_sessionSetup = {QStringLiteral("set cli screen-length 0"), QStringLiteral("set cli screen-width 0")};
    p.m_enterConfiguration = QStringLiteral("configure private");
    p.m_commitConfiguration = QStringLiteral("commit");
    p.m_abandonConfiguration = {QStringLiteral("rollback 0"), QStringLiteral("exit configuration-mode")};
    p.m_leaveConfiguration = QStringLiteral("exit configuration-mode");
    p.m_errors = {re(R"(^\s*(error:|syntax error|unknown command\.|missing argument\.|invalid (value|ip address|prefix)))")};
    p.m_comment = re(R"(^\s*(#.*)?$)");
    all.append(p);

    // Nokia SR OS MD-CLI: "A:admin@pe1# " (with "[ex:/configure]" above); changes wait for "commit".
    p = CliVendorProfile();
    p.m_vendor = QStringLiteral("sros");
    p.m_prompt = re(R"(^[AB]:[A-Za-z0-9._-]+@(?<host>[A-Za-z0-9._-]+)# ?$)");
    p.m_sessionSetup = {QStringLiteral("environment more false")};
    p.m_enterConfiguration = QStringLiteral("edit-config private");
    p.m_commitConfiguration = QStringLiteral("commit");
    p.m_abandonConfiguration = {QStringLiteral("discard"), QStringLiteral("quit-config")};
    p.m_leaveConfiguration = QStringLiteral("quit-config");
    p.m_errors = {re(R"(^(MINOR|MAJOR|CRITICAL): )")};
    p.m_comment = re(R"(^\s*(#.*)?$)");
    all.append(p);

    return all;
}

const CliVendorProfile *CliVendorProfile::forVendor(const QString &vendor)
{
    static const QList<CliVendorProfile> all = makeAll();
    for (const CliVendorProfile &p : all) {
        if (p.m_vendor == vendor)
            return &p;
    }
    return nullptr;
}

QStringList CliVendorProfile::vendors()
{
    return {QStringLiteral("frr"),   QStringLiteral("iosxr"), QStringLiteral("iosxe"),
            QStringLiteral("eos"),   QStringLiteral("junos"), QStringLiteral("sros")};
}

std::optional<QString> CliVendorProfile::promptHost(const QString &line) const
{
    const QRegularExpressionMatch m = m_prompt.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(QStringLiteral("host"));
}

std::optional<QString> CliVendorProfile::errorIn(const QString &output) const
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        for (const QRegularExpression &error : m_errors) {
            if (error.match(line).hasMatch())
                return line.trimmed();
        }
    }
    return std::nullopt;
}

bool CliVendorProfile::isComment(const QString &line) const
{
    return m_comment.match(line).hasMatch();
}

} // namespace vpnwb
