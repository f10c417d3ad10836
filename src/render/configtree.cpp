#include "configtree.h"

#include <QStringList>

#include <vector>

namespace vpnwb {
namespace {

bool isComment(QStringView trimmed, const ConfigDialect &dialect)
{
    for (const QString &prefix : dialect.commentPrefixes) {
        if (trimmed.startsWith(prefix))
            return true;
    }
    return false;
}

// The words of a `set` line; a double-quoted string is one word.
QStringList words(QStringView line)
{
    QStringList out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i].isSpace())
            ++i;
        if (i >= line.size())
            break;
        const qsizetype start = i;
        if (line[i] == QLatin1Char('"')) {
            ++i;
            while (i < line.size() && line[i] != QLatin1Char('"'))
                i += line[i] == QLatin1Char('\\') ? 2 : 1;
            i = std::min(i + 1, line.size());
        } else {
            while (i < line.size() && !line[i].isSpace())
                ++i;
        }
        out.append(line.mid(start, i - start).toString());
    }
    return out;
}

int countNodes(const ConfigTree::Node &node)
{
    int n = 0;
    for (const ConfigTree::Node &child : node.children)
        n += 1 + countNodes(child);
    return n;
}

} // namespace

ConfigTree ConfigTree::parse(QStringView text, const ConfigDialect &dialect)
{
    ConfigTree tree;
    if (dialect.setLines) {
        bool allSet = false;
        for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
            const QStringView t = line.trimmed();
            if (t.isEmpty() || isComment(t, dialect))
                continue;
            allSet = t.startsWith(QLatin1String("set ")) || t.startsWith(QLatin1String("delete "));
            if (!allSet)
                break;
        }
        if (allSet) {
            parseSetLines(tree, text, dialect);
            return tree;
        }
    }
    if (dialect.syntax == ConfigDialect::Syntax::Braces)
        parseBraces(tree, text, dialect);
    else
        parseIndented(tree, text, dialect);
    return tree;
}

int ConfigTree::statementCount() const
{
    return countNodes(m_root);
}

void ConfigTree::parseIndented(ConfigTree &tree, QStringView text, const ConfigDialect &dialect)
{
    // The open blocks: indentation of their statement and the node.
    std::vector<std::pair<qsizetype, Node *>> open{{-1, &tree.m_root}};
    for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || isComment(trimmed, dialect) || dialect.closers.contains(trimmed))
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line[indent].isSpace())
            ++indent;
        while (open.back().first >= indent)
            open.pop_back();
        Node *parent = open.back().second;
        parent->children.append(Node{trimmed.toString(), {}});
        open.emplace_back(indent, &parent->children.last());
    }
}

void ConfigTree::parseBraces(ConfigTree &tree, QStringView text, const ConfigDialect &dialect)
{
    std::vector<Node *> open{&tree.m_root};
    for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
        QStringView t = line.trimmed();
        if (t.isEmpty() || isComment(t, dialect))
            continue;
        if (t == QLatin1String("}")) {
            if (open.size() > 1)
                open.pop_back();
            continue;
        }
        if (t.endsWith(QLatin1Char('{'))) {
            Node *parent = open.back();
            parent->children.append(Node{t.chopped(1).trimmed().toString(), {}});
            open.push_back(&parent->children.last());
            continue;
        }
        if (t.endsWith(QLatin1Char(';')))
            t.chop(1);
        open.back()->children.append(Node{t.toString(), {}});
    }
}

void ConfigTree::parseSetLines(ConfigTree &tree, QStringView text, const ConfigDialect &dialect)
{
    for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || isComment(t, dialect))
            continue;
        QStringList path = words(t);
        if (path.first() == QLatin1String("set"))
            path.removeFirst();
        Node *node = &tree.m_root;
        for (const QString &word : std::as_const(path)) {
            auto it = std::find_if(node->children.begin(), node->children.end(),
                                   [&word](const Node &n) { return n.text == word; });
            if (it == node->children.end()) {
                node->children.append(Node{word, {}});
                node = &node->children.last();
            } else {
                node = &*it;
            }
        }
    }
}

} // namespace vpnwb
