#include "confighighlighter.h"

#include "vendorkeywords.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace vpnwb {
namespace {

enum BlockState { Plain = 0, InBlockComment = 1 };

// A word of a configuration: letters, digits and the characters that join
// them in keywords ("route-target", "vpnv4", "dot1Q").
const QString kWordBoundaryBefore = QStringLiteral("(?<![\\w\\-:.])");
const QString kWordBoundaryAfter = QStringLiteral("(?![\\w\\-:.])");

QString alternation(QStringList words)
{
    // Longest first, so that "route-target" wins over "route".
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    return words.join(QLatin1Char('|'));
}

} // namespace

ConfigHighlighter::ConfigHighlighter(const QString &vendor, QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setVendor(vendor);
}

void ConfigHighlighter::setVendor(const QString &vendor)
{
    m_vendor = vendor;
    const VendorKeywords words = VendorKeywords::forVendor(vendor);
    m_commentPrefixes = words.commentPrefixes;
    m_keywords = m_negation = m_structure = QRegularExpression();
    if (!words.keywords.isEmpty())
        m_keywords =
            QRegularExpression(kWordBoundaryBefore + QStringLiteral("(?:") + alternation(words.keywords) +
                               QStringLiteral(")") + kWordBoundaryAfter);
    if (!words.negations.isEmpty())
        m_negation = QRegularExpression(QStringLiteral("^\\s*(") + alternation(words.negations) +
                                        QStringLiteral(")(?=\\s|$)"));
    const bool braces = vendor == QLatin1String("junos") || vendor == QLatin1String("sros");
    if (braces)
        m_structure = QRegularExpression(QStringLiteral("[{}\\[\\];]"));
    m_blockComments = vendor == QLatin1String("junos");
    // IPv4 addresses and prefixes, RDs and route targets (64500:1), and plain numbers.
    m_number = QRegularExpression(
        kWordBoundaryBefore +
        QStringLiteral("(?:\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?|\\d+(?::\\d+)+|\\d+)") +
        kWordBoundaryAfter);
    m_string = QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"?"));
    rehighlight();
}

QTextCharFormat ConfigHighlighter::formatOf(Role role)
{
    QTextCharFormat f;
    switch (role) {
    case Role::Keyword:
        f.setForeground(QColor(0x1f, 0x4e, 0xa8));
        f.setFontWeight(QFont::Bold);
        break;
    case Role::Negation:
        f.setForeground(QColor(0xb0, 0x1c, 0x1c));
        f.setFontWeight(QFont::Bold);
        break;
    case Role::Comment:
        f.setForeground(QColor(0x6a, 0x73, 0x7d));
        f.setFontItalic(true);
        break;
    case Role::String:
        f.setForeground(QColor(0x2e, 0x7d, 0x32));
        break;
    case Role::Number:
        f.setForeground(QColor(0x8a, 0x4b, 0x08));
        break;
    case Role::Structure:
        f.setForeground(QColor(0x7b, 0x1f, 0xa2));
        f.setFontWeight(QFont::Bold);
        break;
    }
    return f;
}

void ConfigHighlighter::apply(const QRegularExpression &pattern, const QString &text, Role role, int group)
{
    if (pattern.pattern().isEmpty())
        return;
    const QTextCharFormat f = formatOf(role);
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart(group)), int(m.capturedLength(group)), f);
    }
}

void ConfigHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Plain);
    // Junos "/* ... */" may span lines.
    if (m_blockComments && (previousBlockState() == InBlockComment || text.contains(QLatin1String("/*")))) {
        const int start = previousBlockState() == InBlockComment ? 0 : int(text.indexOf(QLatin1String("/*")));
        const int end = int(text.indexOf(QLatin1String("*/"), start));
        if (end < 0) {
            setFormat(start, int(text.size()) - start, formatOf(Role::Comment));
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(start, end + 2 - start, formatOf(Role::Comment));
        if (start == 0 && end + 2 >= text.size())
            return;
    }
    const QString trimmed = text.trimmed();
    for (const QString &prefix : std::as_const(m_commentPrefixes)) {
        if (!prefix.isEmpty() && trimmed.startsWith(prefix)) {
            setFormat(0, int(text.size()), formatOf(Role::Comment));
            return;
        }
    }
    apply(m_number, text, Role::Number);
    apply(m_keywords, text, Role::Keyword);
    apply(m_structure, text, Role::Structure);
    apply(m_negation, text, Role::Negation, 1);
    apply(m_string, text, Role::String); // last: a name in quotes is text, not a keyword
}

} // namespace vpnwb
