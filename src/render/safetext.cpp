#include "safetext.h"

namespace vpnwb {
namespace {

// Letters that Unicode decomposition does not reduce to ASCII.
QLatin1StringView spelledOut(char16_t c)
{
    switch (c) {
    case u'ß': return QLatin1StringView("ss");
    case u'Æ': return QLatin1StringView("AE");
    case u'æ': return QLatin1StringView("ae");
    case u'Œ': return QLatin1StringView("OE");
    case u'œ': return QLatin1StringView("oe");
    case u'Ø': return QLatin1StringView("O");
    case u'ø': return QLatin1StringView("o");
    case u'Ł': return QLatin1StringView("L");
    case u'ł': return QLatin1StringView("l");
    case u'Đ': return QLatin1StringView("D");
    case u'đ': return QLatin1StringView("d");
    case u'Þ': return QLatin1StringView("Th");
    case u'þ': return QLatin1StringView("th");
    case u'ı': return QLatin1StringView("i");
    case u'–':
    case u'—': return QLatin1StringView("-");
    case u'‘':
    case u'’': return QLatin1StringView("'");
    case u'“':
    case u'”': return QLatin1StringView("\"");
    default: return {};
    }
}

bool isAsciiPrintable(QChar c)
{
    return c.unicode() >= 0x20 && c.unicode() < 0x7f;
}

} // namespace

SafeText::SafeText(QString forbidden, int interfaceMax, int neighborMax, int vrfMax)
    : m_forbidden(std::move(forbidden)), m_interfaceMax(interfaceMax), m_neighborMax(neighborMax),
      m_vrfMax(vrfMax)
{
    for (const QChar c : std::as_const(m_forbidden)) {
        if (c.unicode() < m_isForbidden.size())
            m_isForbidden[c.unicode()] = true;
    }
}

SafeText SafeText::forVendor(QStringView vendor)
{
    // '?' asks the CLI for help when a line is pasted; '\\' escapes in quoted strings.
    const QString always = QStringLiteral("?\\");
    if (vendor == u"frr") // vtysh: the rest of the line, where '|' pipes; FRR caps neighbor descriptions at 80
        return SafeText(always + QLatin1Char('|'), 200, 80, 200);
    if (vendor == u"iosxr") // rest of the line; 1024 on interfaces, kept short for show output
        return SafeText(always, 240, 80, 240);
    if (vendor == u"iosxe") // rest of the line, 240 at most; '^' delimits banners
        return SafeText(always + QLatin1Char('^'), 240, 80, 240);
    if (vendor == u"eos") // rest of the line; '|' pipes output in EOS show commands pasted back
        return SafeText(always + QLatin1Char('|'), 240, 80, 240);
    if (vendor == u"junos") // in double quotes; braces and ';' kept out for the hierarchical style
        return SafeText(always + QStringLiteral("{};#"), 255, 255, 255);
    if (vendor == u"sros") // MD-CLI: in double quotes, 80 characters at most
        return SafeText(always + QStringLiteral("{}#[]"), 80, 80, 80);
    return SafeText(always + QStringLiteral("{};#[]|^!$`<>"), 64, 64, 64);
}

int SafeText::maxLength(Field field) const
{
    switch (field) {
    case Field::InterfaceDescription: return m_interfaceMax;
    case Field::NeighborDescription: return m_neighborMax;
    case Field::VrfDescription: return m_vrfMax;
    }
    return m_neighborMax;
}

QString SafeText::toAscii(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiPrintable(c)) {
            out.append(c);
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.append(QLatin1Char('_')); // one character outside the BMP, one replacement
            ++i;
            continue;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Format)
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || category == QChar::Other_Control ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
            category == QChar::Separator_Space) {
            out.append(QLatin1Char(' '));
            continue;
        }
        if (const QLatin1StringView spelled = spelledOut(c.unicode()); !spelled.isEmpty()) {
            out.append(spelled);
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        bool any = false;
        for (const QChar d : decomposed) {
            if (isAsciiPrintable(d)) {
                out.append(d);
                any = true;
            }
        }
        if (!any)
            out.append(QLatin1Char('_'));
    }
    return out;
}

QString SafeText::clean(QStringView text, Field field) const
{
    QString ascii = toAscii(text);
    ascii.replace(QLatin1Char('"'), QLatin1Char('\''));

    const int max = maxLength(field);
    QString out;
    out.reserve(std::min<qsizetype>(ascii.size(), max));
    bool pendingSpace = false;
    for (const QChar c : std::as_const(ascii)) {
        if (c == QLatin1Char(' ')) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            if (out.size() + 1 >= max)
                break;
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (out.size() >= max)
            break;
        // After toAscii every character is printable ASCII.
        out.append(c.unicode() < m_isForbidden.size() && m_isForbidden[c.unicode()] ? QLatin1Char('_') : c);
    }
    // Balanced after the cut, so that a cut cannot leave a quote open.
    if (out.count(QLatin1Char('\'')) % 2 != 0)
        out[out.lastIndexOf(QLatin1Char('\''))] = QLatin1Char('_');
    return out;
}

} // namespace vpnwb
