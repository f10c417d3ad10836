#include "configverification.h"

#include "configdialect.h"
#include "configrestore.h"
#include "configtree.h"

#include <QRegularExpression>

namespace vpnwb {
namespace {

using Node = ConfigTree::Node;

// The forms in which `vendor` may show `statement` back.
QStringList shownAs(const QString &statement, const QString &vendor)
{
    QStringList forms{statement};
    if (vendor == QLatin1String("frr")) {
        static const QRegularExpression interfaceInVrf(QStringLiteral("^(interface \\S+) vrf \\S+$"));
        if (const auto m = interfaceInVrf.match(statement); m.hasMatch())
            forms.append(m.captured(1));
    }
    return forms;
}

// A statement the vendor does not show at all when its block is empty.
bool hiddenWhenEmpty(const Node &node, const QString &vendor)
{
    return vendor == QLatin1String("frr") && node.children.isEmpty() && node.text.startsWith(QLatin1String("vrf "));
}

const Node *findShown(const Node &running, const Node &wanted, const QString &vendor)
{
    const QStringList forms = shownAs(wanted.text, vendor);
    for (const QString &form : forms) {
        for (const Node &child : running.children) {
            if (child.text == form)
                return &child;
        }
    }
    return nullptr;
}

void collect(const Node &running, const Node &intended, const QString &vendor, QStringList &path, QStringList &out)
{
    for (const Node &wanted : intended.children) {
        const Node *shown = findShown(running, wanted, vendor);
        if (!shown) {
            if (!hiddenWhenEmpty(wanted, vendor))
                out.append((path + QStringList{wanted.text}).join(QStringLiteral(" > ")));
            continue;
        }
        path.append(wanted.text);
        collect(*shown, wanted, vendor, path, out);
        path.removeLast();
    }
}

} // namespace

QStringList ConfigVerification::missing(const QString &running, const QString &intended, const QString &vendor)
{
    const std::optional<ConfigDialect> dialect = ConfigDialect::forVendor(vendor);
    if (!dialect)
        return {QStringLiteral("(no configuration dialect for vendor '%1')").arg(vendor)};
    const ConfigTree runningTree = ConfigTree::parse(ConfigRestore::withoutBanner(running, vendor), *dialect);
    const ConfigTree intendedTree = ConfigTree::parse(ConfigRestore::withoutBanner(intended, vendor), *dialect);
    QStringList out;
    QStringList path;
    collect(runningTree.root(), intendedTree.root(), vendor, path, out);
    return out;
}

} // namespace vpnwb
