#include "configredaction.h"

#include <QStringList>

#include <algorithm>
#include <functional>

namespace vpnwb {
namespace {

// One word of a configuration line. `valueBegin`..`valueEnd` is what a mask
// replaces: the whole word, less a Junos ';' after it, or what is between
// its quotes.
struct Token
{
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0;
    bool quoted = false;
    QString word; // lower case, without quotes and a trailing ';'
};

QList<Token> tokenize(const QString &line)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Token t;
        if (line[i] == QLatin1Char('"')) {
            t.quoted = true;
            t.valueBegin = ++i;
            while (i < n && line[i] != QLatin1Char('"')) {
                if (line[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                ++i;
            }
            t.valueEnd = i;
            if (i < n)
                ++i; // the closing quote
            while (i < n && !line[i].isSpace())
                ++i; // e.g. the ';' after it
        } else {
            t.valueBegin = i;
            while (i < n && !line[i].isSpace())
                ++i;
            t.valueEnd = i;
            if (t.valueEnd > t.valueBegin + 1 && line[t.valueEnd - 1] == QLatin1Char(';'))
                --t.valueEnd;
        }
        t.word = line.mid(t.valueBegin, t.valueEnd - t.valueBegin).toLower();
        tokens.append(t);
    }
    return tokens;
}

// Words whose next word (after an optional type marker) is a secret.
bool isSecretKeyword(const QString &w)
{
    static const QStringList words{
        QStringLiteral("password"),           QStringLiteral("secret"),
        QStringLiteral("authentication-key"), QStringLiteral("auth-key"),
        QStringLiteral("key-string"),         QStringLiteral("pre-shared-key"),
        QStringLiteral("encrypted-password"), QStringLiteral("area-password"),
        QStringLiteral("domain-password"),    QStringLiteral("secret-key"),
        QStringLiteral("shared-secret"),      QStringLiteral("md5"),
    };
    return words.contains(w);
}

// What says how the secret that follows is encoded: IOS types (0, 5, 7, 8,
// 9, 10), IOS-XR "encrypted"/"clear", EOS "sha512", Junos "ascii-text".
bool isTypeMarker(const QString &w)
{
    static const QStringList words{
        QStringLiteral("encrypted"),   QStringLiteral("clear"),  QStringLiteral("cleartext"),
        QStringLiteral("plain"),       QStringLiteral("hash"),   QStringLiteral("ascii-text"),
        QStringLiteral("hexadecimal"), QStringLiteral("sha256"), QStringLiteral("sha512"),
    };
    if (words.contains(w))
        return true;
    if (w.isEmpty() || w.size() > 2)
        return false;
    for (const QChar ch : w) {
        if (!ch.isDigit())
            return false;
    }
    return true;
}

// Hashes and encrypted strings that are secret wherever they stand:
// Junos "$9$...", crypt(3) "$1$", "$5$", "$6$", "$8$".
bool looksEncrypted(const Token &t)
{
    static const QStringList prefixes{QStringLiteral("$9$"), QStringLiteral("$1$"), QStringLiteral("$5$"),
                                      QStringLiteral("$6$"), QStringLiteral("$8$")};
    for (const QString &p : prefixes) {
        if (t.word.startsWith(p))
            return true;
    }
    return false;
}

bool isStructure(const Token &t)
{
    return !t.quoted && (t.word == QLatin1String("{") || t.word == QLatin1String("}") ||
                         t.word == QLatin1String(";") || t.word.startsWith(QLatin1Char('#')));
}

class LineRedactor
{
public:
    LineRedactor(const QString &line, bool inSnmpBlock) : m_tokens(tokenize(line)), m_inSnmpBlock(inSnmpBlock)
    {}

    // The token indexes holding secrets.
    QList<qsizetype> secrets() const
    {
        QList<qsizetype> out;
        const qsizetype n = m_tokens.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (looksEncrypted(m_tokens[i]))
                out.append(i);
        }
        snmpHost(out);
        for (qsizetype i = 0; i < n; ++i) {
            const Token &t = m_tokens[i];
            if (t.quoted)
                continue;
            if (isSecretKeyword(t.word) || isSnmpCommunity(i) || isBareKey(i)) {
                qsizetype j = i + 1;
                if (j >= n || isStructure(m_tokens[j]))
                    continue;
                if (!m_tokens[j].quoted && isSecretKeyword(m_tokens[j].word))
                    continue; // "md5 key-string X": the next keyword names the secret
                if (!m_tokens[j].quoted && isTypeMarker(m_tokens[j].word) && j + 1 < n &&
                    !isStructure(m_tokens[j + 1])) {
                    ++j;
                    if (!m_tokens[j].quoted && isSecretKeyword(m_tokens[j].word))
                        continue; // "authentication-key 1 md5 X"
                }
                if (!out.contains(j))
                    out.append(j);
                i = j;
            }
        }
        return out;
    }

    const QList<Token> &tokens() const { return m_tokens; }

private:
    QString word(qsizetype i) const
    {
        return i >= 0 && i < m_tokens.size() && !m_tokens[i].quoted ? m_tokens[i].word : QString();
    }

    // "snmp-server community X RO", Junos "set snmp community X ..." and
    // "community X {" inside "snmp {"; never a BGP community.
    bool isSnmpCommunity(qsizetype i) const
    {
        if (word(i) != QLatin1String("community"))
            return false;
        const QString before = word(i - 1);
        return before == QLatin1String("snmp-server") || before == QLatin1String("snmp") ||
               (i == 0 && m_inSnmpBlock);
    }

    // "key" alone is a secret only where it starts a line ("key 7 X" under a
    // TACACS+/RADIUS server, but not "key 1" in a key chain) or follows
    // "isakmp", "tacacs-server" or "radius-server".
    bool isBareKey(qsizetype i) const
    {
        if (word(i) != QLatin1String("key"))
            return false;
        const QString before = word(i - 1);
        if (before == QLatin1String("isakmp") || before == QLatin1String("tacacs-server") ||
            before == QLatin1String("radius-server"))
            return true;
        if (i != 0 || m_tokens.size() < 2)
            return false;
        if (m_tokens.size() == 2 && !m_tokens[1].quoted) {
            bool number = false;
            m_tokens[1].word.toLongLong(&number);
            return !number; // "key 1" numbers a key of a key chain
        }
        return isTypeMarker(word(1)); // "key 7 X", but not "key chain NAME"
    }

    // "snmp-server host ADDRESS [vrf V] [informs|traps] [version 1|2c] COMMUNITY ..."
    void snmpHost(QList<qsizetype> &out) const
    {
        if (word(0) != QLatin1String("snmp-server") || word(1) != QLatin1String("host"))
            return;
        qsizetype j = 3;
        while (j < m_tokens.size()) {
            const QString w = word(j);
            if (w == QLatin1String("vrf")) {
                j += 2;
            } else if (w == QLatin1String("informs") || w == QLatin1String("traps")) {
                ++j;
            } else if (w == QLatin1String("version")) {
                if (word(j + 1) != QLatin1String("1") && word(j + 1) != QLatin1String("2c"))
                    return; // version 3 names a user, not a community
                j += 2;
            } else {
                break;
            }
        }
        if (j < m_tokens.size())
            out.append(j);
    }

    QList<Token> m_tokens;
    bool m_inSnmpBlock = false;
};

} // namespace

QString ConfigRedaction::redact(const QString &configuration)
{
    const QString masked = QLatin1String(mask);
    QStringList lines = configuration.split(QLatin1Char('\n'));
    QStringList blocks; // the first word of each open "... {" block (Junos, SR OS MD-CLI)
    for (QString &line : lines) {
        const LineRedactor redactor(line, blocks.contains(QLatin1String("snmp")));
        const QList<Token> &tokens = redactor.tokens();
        QList<qsizetype> secrets = redactor.secrets();
        std::sort(secrets.begin(), secrets.end(), std::greater<>());
        const QString trimmed = line.trimmed();
        const QString first = tokens.isEmpty() ? QString() : tokens.first().word;
        for (const qsizetype i : std::as_const(secrets)) {
            const Token &t = tokens[i];
            line.replace(t.valueBegin, t.valueEnd - t.valueBegin, masked);
        }
        if (trimmed.startsWith(QLatin1Char('}')) && !blocks.isEmpty())
            blocks.removeLast();
        if (trimmed.endsWith(QLatin1Char('{')))
            blocks.append(first);
    }
    return lines.join(QLatin1Char('\n'));
}

bool ConfigRedaction::isRedacted(const QString &line)
{
    return line.contains(QLatin1String(mask));
}

} // namespace vpnwb
