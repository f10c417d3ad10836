#pragma once

#include <QString>
#include <QStringView>

namespace vpnwb {

// Names a configuration uses as keys (VRFs, policies, classes, attachments,
// devices) come from a strict alphabet, so that they can never be read as
// anything else: a letter, then letters, digits, '_' and '-'; no '-' at the end.
class Identifier
{
public:
    static constexpr int maxLength = 40;

    static bool isValid(QStringView text, int maxLength = Identifier::maxLength);
    // An identifier made from free text (a site id such as "ST BER/01"
    // becomes "ST-BER-01"); `fallback` when nothing usable is left.
    static QString fromText(QStringView text, const QString &fallback, int maxLength = Identifier::maxLength);
};

} // namespace vpnwb
