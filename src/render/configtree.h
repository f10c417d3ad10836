#pragma once

#include "configdialect.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace vpnwb {

// A configuration read into its hierarchy: each statement with the
// statements of its block. Comments, blank lines and pure block closers are
// left out; text is kept as written, without indentation or a Junos ';'.
class ConfigTree
{
public:
    struct Node
    {
        QString text;
        QList<Node> children;
    };

    static ConfigTree parse(QStringView text, const ConfigDialect &dialect);

    const Node &root() const { return m_root; }
    // Statements in the tree (every node but the root).
    int statementCount() const;

private:
    static void parseIndented(ConfigTree &tree, QStringView text, const ConfigDialect &dialect);
    static void parseBraces(ConfigTree &tree, QStringView text, const ConfigDialect &dialect);
    static void parseSetLines(ConfigTree &tree, QStringView text, const ConfigDialect &dialect);

    Node m_root;
};

} // namespace vpnwb
