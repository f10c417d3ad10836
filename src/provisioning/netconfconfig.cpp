#include "netconfconfig.h"

#include "netconfrpc.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

#include <vector>

namespace vpnwb {
namespace {

using Node = NetconfConfig::Node;

// An identity written as "prefix:name" where the prefix is declared in scope.
QString resolvedValue(const QString &text, const std::vector<QXmlStreamNamespaceDeclarations> &scopes)
{
    static const QRegularExpression qname(QStringLiteral("^([A-Za-z_][A-Za-z0-9._-]*):([A-Za-z_][A-Za-z0-9._-]*)$"));
    const QRegularExpressionMatch m = qname.match(text);
    if (!m.hasMatch())
        return text;
    const QString prefix = m.captured(1);
    for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
        for (const QXmlStreamNamespaceDeclaration &d : *scope) {
            if (d.prefix() == prefix)
                return QLatin1Char('{') + d.namespaceUri().toString() + QLatin1Char('}') + m.captured(2);
        }
    }
    return text;
}

// A decimal number as YANG writes integers and decimal64 values, in one form:
// no '+', no leading or trailing zeros ("+025.50" -> "25.5", "-0.0" -> "0");
// the text itself when it is not such a number. Exact, unlike a double,
// which would take two 64-bit counters one apart for the same value.
QString canonicalNumber(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("^([+-]?)(\\d+)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch m = decimal.match(text);
    if (!m.hasMatch())
        return text;
    QString whole = m.captured(2);
    QString fraction = m.captured(3);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QString magnitude = fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
    const bool negative = m.captured(1) == QLatin1String("-") && magnitude != QLatin1String("0");
    return negative ? QLatin1Char('-') + magnitude : magnitude;
}

// Leaf values: equal as written, or as the same number (a decimal64 leaf
// given as "25" is shown as "25.00" by a server that keeps its fraction digits).
bool sameValue(const QString &a, const QString &b)
{
    return a == b || canonicalNumber(a) == canonicalNumber(b);
}

bool sameName(const Node &a, const Node &b)
{
    return a.name == b.name && a.ns == b.ns;
}

const Node *firstLeaf(const Node &n)
{
    return !n.children.isEmpty() && n.children.first().isLeaf() ? &n.children.first() : nullptr;
}

bool holds(const Node &held, const Node &wanted);

// The sibling in `held` that `wanted` is to be compared with, or null.
const Node *counterpart(const QList<Node> &held, const Node &wanted)
{
    const Node *only = nullptr;
    int sameNamed = 0;
    const Node *key = firstLeaf(wanted);
    for (const Node &h : held) {
        if (!sameName(h, wanted))
            continue;
        if (wanted.isLeaf()) {
            if (h.isLeaf() && sameValue(h.value, wanted.value))
                return &h;
        } else if (key) {
            const Node *hk = firstLeaf(h);
            if (hk && sameName(*hk, *key) && sameValue(hk->value, key->value))
                return &h;
        }
        only = &h;
        ++sameNamed;
    }
    if (wanted.isLeaf())
        return nullptr;
    if (!key)
        return only; // a container: the last of that name
    return sameNamed == 1 ? only : nullptr;
}

bool holds(const Node &held, const Node &wanted)
{
    if (wanted.isLeaf())
        return held.isLeaf() && sameValue(held.value, wanted.value);
    for (const Node &w : wanted.children) {
        const Node *h = counterpart(held.children, w);
        if (!h || !holds(*h, w))
            return false;
    }
    return true;
}

void writeLines(const Node &n, int depth, QStringList &out)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    out.append(indent + (n.isLeaf() ? n.name + (n.text.isEmpty() ? QString() : QLatin1Char(' ') + n.text) : n.name));
    for (const Node &c : n.children)
        writeLines(c, depth + 1, out);
}

void collectMissing(const QList<Node> &held, const QList<Node> &wanted, QStringList &path,
                    QList<NetconfConfig::Missing> &out)
{
    for (const Node &w : wanted) {
        const Node *h = counterpart(held, w);
        if (h && holds(*h, w))
            continue;
        if (h && !w.isLeaf()) {
            path.append(w.label());
            collectMissing(h->children, w.children, path, out);
            path.removeLast();
            continue;
        }
        NetconfConfig::Missing m;
        m.path = path;
        m.text = w.label();
        for (const Node &c : w.children)
            writeLines(c, 1, m.block);
        out.append(std::move(m));
    }
}

} // namespace

QString NetconfConfig::Node::label() const
{
    if (isLeaf())
        return text.isEmpty() ? name : name + QLatin1Char(' ') + text;
    const Node *key = firstLeaf(*this);
    return key ? name + QLatin1Char(' ') + key->label() : name;
}

Result<NetconfConfig> NetconfConfig::parse(const QString &xml, const QString &source)
{
    // A fragment may hold several top-level elements: wrap it.
    QXmlStreamReader reader(QStringLiteral("<vpnwb-fragment>") + xml + QStringLiteral("</vpnwb-fragment>"));
    NetconfConfig config;
    std::vector<QXmlStreamNamespaceDeclarations> scopes;
    std::vector<Node> open; // the elements being read, innermost last
    bool inWrapper = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (!inWrapper) {
                inWrapper = true;
                continue;
            }
            scopes.push_back(reader.namespaceDeclarations());
            Node n;
            n.ns = reader.namespaceUri().toString();
            n.name = reader.name().toString();
            open.push_back(std::move(n));
        } else if (reader.isCharacters() && !open.empty() && !reader.isWhitespace()) {
            open.back().text += reader.text();
        } else if (reader.isEndElement()) {
            if (open.empty())
                break; // the wrapper
            Node n = std::move(open.back());
            open.pop_back();
            if (n.isLeaf()) {
                n.text = n.text.trimmed();
                n.value = resolvedValue(n.text, scopes);
            } else {
                n.text.clear();
            }
            scopes.pop_back();
            if (open.empty())
                config.m_roots.append(std::move(n));
            else
                open.back().children.append(std::move(n));
        }
    }
    if (reader.hasError())
        return Error::invalidInput(QStringLiteral("%1 is not well-formed XML: %2 (line %3)")
                                       .arg(source, reader.errorString())
                                       .arg(reader.lineNumber()));
    return config;
}

QList<NetconfConfig::Missing> NetconfConfig::missing(const NetconfConfig &held, const NetconfConfig &wanted)
{
    QList<Missing> out;
    QStringList path;
    collectMissing(held.m_roots, wanted.m_roots, path, out);
    return out;
}

ConfigDiff NetconfConfig::diff(const NetconfConfig &from, const NetconfConfig &to)
{
    QList<ConfigDiff::Entry> entries;
    const auto add = [&entries](const QList<Missing> &missing, ConfigDiff::Change change) {
        for (const Missing &m : missing)
            entries.append({change, m.path, m.text, QString(), m.block});
    };
    add(missing(from, to), ConfigDiff::Change::Added);
    add(missing(to, from), ConfigDiff::Change::Removed);
    return ConfigDiff::fromEntries(std::move(entries));
}

bool NetconfConfig::same(const NetconfConfig &a, const NetconfConfig &b)
{
    return missing(a, b).isEmpty() && missing(b, a).isEmpty();
}

Result<QString> NetconfConfig::restoringEdit(const QString &savedXml, const NetconfConfig &current, const QString &source)
{
    auto saved = parse(savedXml, source);
    if (!saved)
        return saved.error();
    const QString base = NetconfRpc::baseNamespace;
    QString out;
    QXmlStreamWriter w(&out);
    QXmlStreamReader r(QStringLiteral("<vpnwb-fragment>") + savedXml + QStringLiteral("</vpnwb-fragment>"));
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartDocument() || r.isEndDocument())
            continue;
        if (r.isStartElement()) {
            if (++depth == 1)
                continue; // the wrapper
            // Prefixes are kept (identity values name them in text), declared
            // before the element so that the writer does not declare them twice.
            for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations()) {
                if (!d.prefix().isEmpty())
                    w.writeNamespace(d.namespaceUri().toString(), d.prefix().toString());
            }
            w.writeStartElement(r.namespaceUri().toString(), r.name().toString());
            w.writeAttributes(r.attributes());
            if (depth == 2)
                w.writeAttribute(base, QStringLiteral("operation"), QStringLiteral("replace"));
            continue;
        }
        if (r.isEndElement() && --depth == 0)
            continue;
        if (depth > 0)
            w.writeCurrentToken(r);
    }
    for (const Node &root : current.roots()) {
        const bool kept = std::any_of(saved->roots().begin(), saved->roots().end(),
                                      [&](const Node &n) { return n.ns == root.ns && n.name == root.name; });
        if (kept)
            continue;
        w.writeStartElement(root.ns, root.name);
        w.writeAttribute(base, QStringLiteral("operation"), QStringLiteral("remove"));
        w.writeEndElement();
    }
    return out;
}

QString NetconfConfig::toText() const
{
    QStringList lines;
    for (const Node &n : m_roots)
        writeLines(n, 0, lines);
    return lines.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QStringLiteral("\n"));
}

} // namespace vpnwb
