#pragma once

#include <QString>
#include <QStringView>

#include <array>

namespace vpnwb {

// Makes free text (customer, site and VPN names, descriptions) safe to put
// into one vendor's configuration: whatever the input, the result is one
// line of printable ASCII that cannot end the statement it is part of,
// open or close a block, or ask the CLI for help. The rule, in order
// (docs/RENDERERS.md):
//   1. format characters (zero-width, bidirectional controls) are dropped;
//      other control characters (CR, LF, TAB, NUL, DEL, C1, line and
//      paragraph separators) become spaces;
//   2. letters with accents lose them (München -> Munchen), a few letters
//      are spelled out (ß -> ss, Æ -> AE); any other non-ASCII character
//      becomes '_';
//   3. '"' becomes '\''; then, if the text holds an odd number of '\'', the
//      last one becomes '_';
//   4. the vendor's forbidden characters become '_' (always '?' and '\\');
//   5. runs of spaces become one space, and leading/trailing spaces go;
//   6. the text is cut to the vendor's length for the field.
// Free text is never refused: an empty result leaves the description out.
class SafeText
{
public:
    enum class Field { InterfaceDescription, NeighborDescription, VrfDescription };

    // The rules for a renderer's vendor key; an unknown vendor gets the
    // strictest rules of all.
    static SafeText forVendor(QStringView vendor);

    QString clean(QStringView text, Field field) const;
    int maxLength(Field field) const;
    QString forbiddenCharacters() const { return m_forbidden; }

    // Steps 1 and 2 alone: the text as printable ASCII on one line, for
    // names derived from free text (see Identifier::fromText).
    static QString toAscii(QStringView text);

private:
    SafeText(QString forbidden, int interfaceMax, int neighborMax, int vrfMax);

    QString m_forbidden;
    std::array<bool, 128> m_isForbidden{}; // m_forbidden by ASCII code, for the per-character test
    int m_interfaceMax;
    int m_neighborMax;
    int m_vrfMax;
};

} // namespace vpnwb
