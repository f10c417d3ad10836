#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace vpnwb {

// Colours one vendor's rendered configuration in a QTextDocument, built from
// the vendor's VendorKeywords:
//  - FRR, IOS XR, IOS XE, EOS: "!" comment lines, statement keywords, "no"
//    at the start of a statement;
//  - Junos: "#" and "/* */" comments, keywords, the hierarchy's braces and
//    semicolons in the hierarchical style, "set"/"delete" in the set style;
//  - Nokia SR OS MD-CLI: "#" comments, keywords, braces and brackets,
//    "delete" at the start of a statement;
// and for every vendor quoted strings, and numbers such as addresses,
// prefixes, RDs and route targets. An unknown vendor gets only the numbers
// and strings.
class ConfigHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Role { Keyword, Negation, Comment, String, Number, Structure };

    ConfigHighlighter(const QString &vendor, QTextDocument *document);

    QString vendor() const { return m_vendor; }
    // Takes the rules of another vendor and highlights the document again.
    void setVendor(const QString &vendor);
    // The format a role is drawn with (the same for every vendor).
    static QTextCharFormat formatOf(Role role);

protected:
    void highlightBlock(const QString &text) override;

private:
    void apply(const QRegularExpression &pattern, const QString &text, Role role, int group = 0);

    QString m_vendor;
    QStringList m_commentPrefixes;
    QRegularExpression m_keywords;
    QRegularExpression m_negation;
    QRegularExpression m_structure;
    QRegularExpression m_number;
    QRegularExpression m_string;
    bool m_blockComments = false; // "/* ... */" (Junos)
};

} // namespace vpnwb
