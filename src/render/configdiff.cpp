#include "configdiff.h"

#include <QHash>

namespace vpnwb {
namespace {

QString keyOf(const QString &statement)
{
    const QStringList words = statement.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype description = words.indexOf(QLatin1String("description"));
    if (description >= 0)
        return words.mid(0, description + 1).join(QLatin1Char(' '));
    if (words.size() < 2)
        return QString(); // a bare value, as `set` lines end: any other bare value of the block is its change
    return words.mid(0, words.size() - 1).join(QLatin1Char(' '));
}

void flatten(const ConfigTree::Node &node, int depth, QStringList &out)
{
    out.append(QString(depth * 2, QLatin1Char(' ')) + node.text);
    for (const ConfigTree::Node &child : node.children)
        flatten(child, depth + 1, out);
}

QStringList blockOf(const ConfigTree::Node &node)
{
    QStringList out;
    for (const ConfigTree::Node &child : node.children)
        flatten(child, 1, out);
    return out;
}

} // namespace

ConfigDiff ConfigDiff::fromEntries(QList<Entry> entries)
{
    ConfigDiff d;
    d.m_entries = std::move(entries);
    return d;
}

ConfigDiff ConfigDiff::compare(const ConfigTree &running, const ConfigTree &intended)
{
    ConfigDiff diff;
    QStringList path;
    diff.compareBlocks(running.root(), intended.root(), path);
    return diff;
}

void ConfigDiff::compareBlocks(const ConfigTree::Node &running, const ConfigTree::Node &intended, QStringList &path)
{
    // Statements of a block are matched by their text; a text that occurs
    // several times is matched occurrence by occurrence.
    QHash<QString, QList<const ConfigTree::Node *>> before;
    for (const ConfigTree::Node &n : running.children)
        before[n.text].append(&n);

    QList<const ConfigTree::Node *> added;
    QList<std::pair<const ConfigTree::Node *, const ConfigTree::Node *>> both;
    for (const ConfigTree::Node &n : intended.children) {
        auto it = before.find(n.text);
        if (it == before.end() || it->isEmpty()) {
            added.append(&n);
            continue;
        }
        both.append(std::make_pair(it->takeFirst(), &n));
    }
    QList<const ConfigTree::Node *> removed;
    for (const ConfigTree::Node &n : running.children) {
        auto it = before.find(n.text);
        if (it != before.end() && it->contains(&n))
            removed.append(&n);
    }

    // Leaves that differ only in their value become one change.
    QHash<QString, int> addedKeys;
    QHash<QString, int> removedKeys;
    for (const ConfigTree::Node *n : std::as_const(added)) {
        if (n->children.isEmpty())
            ++addedKeys[keyOf(n->text)];
    }
    for (const ConfigTree::Node *n : std::as_const(removed)) {
        if (n->children.isEmpty())
            ++removedKeys[keyOf(n->text)];
    }
    QHash<QString, const ConfigTree::Node *> changedFrom;
    for (const ConfigTree::Node *n : std::as_const(removed)) {
        if (!n->children.isEmpty())
            continue;
        const QString key = keyOf(n->text);
        if (removedKeys.value(key) == 1 && addedKeys.value(key) == 1)
            changedFrom.insert(key, n);
    }

    for (const ConfigTree::Node *n : std::as_const(removed)) {
        if (n->children.isEmpty() && changedFrom.value(keyOf(n->text)) == n)
            continue;
        m_entries.append({Change::Removed, path, n->text, QString(), blockOf(*n)});
    }
    for (const ConfigTree::Node *n : std::as_const(added)) {
        const QString key = n->children.isEmpty() ? keyOf(n->text) : QString();
        if (const ConfigTree::Node *old = n->children.isEmpty() ? changedFrom.value(key) : nullptr)
            m_entries.append({Change::Changed, path, n->text, old->text, {}});
        else
            m_entries.append({Change::Added, path, n->text, QString(), blockOf(*n)});
    }
    for (const auto &[old, now] : std::as_const(both)) {
        path.append(now->text);
        compareBlocks(*old, *now, path);
        path.removeLast();
    }
}

int ConfigDiff::count(Change change) const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                          [change](const Entry &e) { return e.change == change; }));
}

ConfigDiff ConfigDiff::without(Change change) const
{
    ConfigDiff kept;
    for (const Entry &e : m_entries) {
        if (e.change != change)
            kept.m_entries.append(e);
    }
    return kept;
}

QString ConfigDiff::toText() const
{
    QString out;
    QStringList shown; // the context printed last
    for (const Entry &e : m_entries) {
        qsizetype common = 0;
        while (common < shown.size() && common < e.path.size() && shown[common] == e.path[common])
            ++common;
        for (qsizetype i = common; i < e.path.size(); ++i)
            out += QLatin1String("  ") % QString(i * 2, QLatin1Char(' ')) % e.path[i] % QLatin1Char('\n');
        shown = e.path;
        const QString indent(e.path.size() * 2, QLatin1Char(' '));
        switch (e.change) {
        case Change::Changed:
            out += QLatin1String("~ ") % indent % e.oldText % QLatin1String("  ->  ") % e.text % QLatin1Char('\n');
            break;
        case Change::Added:
        case Change::Removed: {
            const QLatin1StringView mark = e.change == Change::Added ? QLatin1StringView("+ ") : QLatin1StringView("- ");
            out += mark % indent % e.text % QLatin1Char('\n');
            for (const QString &line : e.block)
                out += mark % indent % line % QLatin1Char('\n');
            break;
        }
        }
    }
    return out;
}

} // namespace vpnwb
