#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace vpnwb {

// Statements of a hierarchical configuration (Junos, SR OS MD-CLI) collected
// by path and written out as blocks in braces or as one line per statement.
// Every path element but the last opens a block; statements that share a
// block are written together, in the order the block was first entered.
class StatementTree
{
public:
    StatementTree();

    void add(const QStringList &path);
    bool isEmpty() const { return m_nodes.front().children.empty(); }

    // Blocks in braces, `indent` spaces per level; a statement ends with
    // `terminator` (";" for Junos, nothing for SR OS).
    QString toBraces(int indent, QLatin1StringView terminator) const;
    // One line per statement: `prefix` then the path, e.g. "set interfaces xe-0/0/1 unit 100 vlan-id 100".
    QString toLines(QLatin1StringView prefix) const;

private:
    struct Node
    {
        QString text;
        std::vector<int> children;
    };

    void writeBraces(QString &out, int node, int depth, int indent, QLatin1StringView terminator) const;
    void writeLines(QString &out, int node, QString &path, QLatin1StringView prefix) const;

    std::vector<Node> m_nodes; // m_nodes[0] is the root
    QHash<std::pair<int, QString>, int> m_index;
};

} // namespace vpnwb
