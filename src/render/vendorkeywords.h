#pragma once

#include <QString>
#include <QStringList>

namespace vpnwb {

// What a syntax highlighter needs to colour one vendor's configuration: the
// statement keywords the renderers write, the words that undo or delete, and
// how comments start. A value; the GUI builds its QSyntaxHighlighter from it.
struct VendorKeywords
{
    QStringList keywords;       // e.g. "router", "neighbor", "route-target"
    QStringList negations;      // "no", "delete", "delete:"
    QStringList commentPrefixes; // a line starting with one of them is a comment
    bool quotedStrings = false; // free text and names appear in double quotes

    // For a renderer vendor key; empty lists for an unknown vendor.
    static VendorKeywords forVendor(const QString &vendor);
};

} // namespace vpnwb
