#include "statementtree.h"

namespace vpnwb {

StatementTree::StatementTree()
{
    m_nodes.push_back(Node{});
}

void StatementTree::add(const QStringList &path)
{
    int parent = 0;
    for (const QString &element : path) {
        const auto key = std::make_pair(parent, element);
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            const int id = static_cast<int>(m_nodes.size());
            m_nodes.push_back(Node{element, {}});
            m_nodes[parent].children.push_back(id);
            it = m_index.insert(key, id);
        }
        parent = *it;
    }
}

void StatementTree::writeBraces(QString &out, int node, int depth, int indent, QLatin1StringView terminator) const
{
    const Node &n = m_nodes[node];
    const QString pad(depth * indent, QLatin1Char(' '));
    if (n.children.empty()) {
        out += pad % n.text % terminator % QLatin1Char('\n');
        return;
    }
    out += pad % n.text % QLatin1String(" {\n");
    for (const int child : n.children)
        writeBraces(out, child, depth + 1, indent, terminator);
    out += pad % QLatin1String("}\n");
}

QString StatementTree::toBraces(int indent, QLatin1StringView terminator) const
{
    QString out;
    for (const int child : m_nodes.front().children)
        writeBraces(out, child, 0, indent, terminator);
    return out;
}

void StatementTree::writeLines(QString &out, int node, QString &path, QLatin1StringView prefix) const
{
    const Node &n = m_nodes[node];
    const qsizetype before = path.size();
    if (!path.isEmpty())
        path += QLatin1Char(' ');
    path += n.text;
    if (n.children.empty())
        out += prefix % path % QLatin1Char('\n');
    for (const int child : n.children)
        writeLines(out, child, path, prefix);
    path.truncate(before);
}

QString StatementTree::toLines(QLatin1StringView prefix) const
{
    QString out;
    QString path;
    for (const int child : m_nodes.front().children)
        writeLines(out, child, path, prefix);
    return out;
}

} // namespace vpnwb
