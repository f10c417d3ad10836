#include "configrestore.h"

#include "configdialect.h"
#include "configtree.h"

#include <QRegularExpression>
#include <QSet>

namespace vpnwb {
namespace {

using Node = ConfigTree::Node;

// Blocks that "no" cannot delete: they are emptied instead.
bool emptiedNotDeleted(const QString &header, const QString &vendor)
{
    if (vendor == QLatin1String("frr"))
        return header.startsWith(QLatin1String("interface ")) || header.startsWith(QLatin1String("address-family "));
    return header.startsWith(QLatin1String("address-family "));
}

QString negated(const QString &statement)
{
    // "no description" takes no text (FRR refuses it with the text).
    if (statement.startsWith(QLatin1String("description ")))
        return QStringLiteral("no description");
    if (statement.startsWith(QLatin1String("no ")))
        return statement.mid(3);
    return QStringLiteral("no ") + statement;
}

class Planner
{
public:
    explicit Planner(const QString &vendor) : m_vendor(vendor) {}

    void compare(const Node &current, const Node &saved, QStringList &path)
    {
        QSet<int> matched;
        QList<int> currentOnly;
        for (int i = 0; i < current.children.size(); ++i) {
            const int j = find(saved, current.children[i].text, matched);
            if (j < 0) {
                currentOnly.append(i);
                continue;
            }
            matched.insert(j);
            path.append(current.children[i].text);
            compare(current.children[i], saved.children[j], path);
            path.removeLast();
        }
        // Removals, last shown first.
        for (auto it = currentOnly.crbegin(); it != currentOnly.crend(); ++it)
            remove(current.children[*it], path);
        for (int j = 0; j < saved.children.size(); ++j) {
            if (!matched.contains(j))
                add(saved.children[j], path);
        }
    }

    QList<ConfigRestore::Group> removals() const { return m_removals; }
    QList<ConfigRestore::Group> additions() const { return m_additions; }

private:
    static int find(const Node &parent, const QString &text, const QSet<int> &taken)
    {
        for (int j = 0; j < parent.children.size(); ++j) {
            if (!taken.contains(j) && parent.children[j].text == text)
                return j;
        }
        return -1;
    }

    void remove(const Node &node, QStringList &path)
    {
        if (!node.children.isEmpty() && emptiedNotDeleted(node.text, m_vendor)) {
            path.append(node.text);
            for (auto it = node.children.crbegin(); it != node.children.crend(); ++it)
                remove(*it, path);
            path.removeLast();
            return;
        }
        m_removals.append(group(path, {negated(node.text)}));
    }

    void add(const Node &node, const QStringList &path)
    {
        QStringList body;
        appendBlock(node, 0, body);
        m_additions.append(group(path, body));
    }

    static void appendBlock(const Node &node, int depth, QStringList &out)
    {
        out.append(QString(depth, QLatin1Char(' ')) + node.text);
        for (const Node &child : node.children)
            appendBlock(child, depth + 1, out);
        if (!node.children.isEmpty())
            out.append(QString(depth + 1, QLatin1Char(' ')) + QStringLiteral("exit"));
    }

    static ConfigRestore::Group group(const QStringList &path, const QStringList &body)
    {
        ConfigRestore::Group g;
        for (int i = 0; i < path.size(); ++i)
            g.append(QString(i, QLatin1Char(' ')) + path[i]);
        for (const QString &line : body)
            g.append(QString(path.size(), QLatin1Char(' ')) + line);
        for (int i = int(path.size()) - 1; i >= 0; --i)
            g.append(QString(i + 1, QLatin1Char(' ')) + QStringLiteral("exit"));
        return g;
    }

    QString m_vendor;
    QList<ConfigRestore::Group> m_removals;
    QList<ConfigRestore::Group> m_additions;
};

} // namespace

QStringList ConfigRestore::restoredVendors()
{
    return {QStringLiteral("frr"), QStringLiteral("iosxe"), QStringLiteral("iosxr"), QStringLiteral("eos")};
}

bool ConfigRestore::restores(const QString &vendor)
{
    return restoredVendors().contains(vendor);
}

bool ConfigRestore::isBanner(const QString &trimmedLine, const QString &vendor)
{
    static const QStringList common{QStringLiteral("Building configuration"), QStringLiteral("Current configuration")};
    for (const QString &prefix : common) {
        if (trimmedLine.startsWith(prefix))
            return true;
    }
    if (vendor == QLatin1String("frr"))
        return trimmedLine.startsWith(QLatin1String("frr version ")) ||
               trimmedLine.startsWith(QLatin1String("frr defaults "));
    if (vendor == QLatin1String("iosxr"))
        return trimmedLine.startsWith(QLatin1String("!! ")) ||
               QRegularExpression(QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\w{3} +\\d")).match(trimmedLine).hasMatch();
    return false;
}

QString ConfigRestore::withoutBanner(const QString &configuration, const QString &vendor)
{
    QStringList kept;
    for (const QString &line : configuration.split(QLatin1Char('\n'))) {
        if (!isBanner(line.trimmed(), vendor))
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

Result<QList<ConfigRestore::Group>> ConfigRestore::commands(const QString &current, const QString &saved,
                                                            const QString &vendor)
{
    const std::optional<ConfigDialect> dialect = ConfigDialect::forVendor(vendor);
    if (!dialect || !restores(vendor))
        return Error::invalidInput(
            QStringLiteral("restoring a saved configuration line by line is not available for vendor '%1' "
                           "(available for %2)")
                .arg(vendor, restoredVendors().join(QStringLiteral(", "))));
    const ConfigTree currentTree = ConfigTree::parse(withoutBanner(current, vendor), *dialect);
    const ConfigTree savedTree = ConfigTree::parse(withoutBanner(saved, vendor), *dialect);
    Planner planner(vendor);
    QStringList path;
    planner.compare(currentTree.root(), savedTree.root(), path);
    return planner.removals() + planner.additions();
}

} // namespace vpnwb
