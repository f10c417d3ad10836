#pragma once

#include "configdiff.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpnwb {

// A NETCONF configuration (the content of a <config> or of a <get-config>
// reply's <data>) as a tree of elements qualified by their namespace, to tell
// whether a device holds what a push wants there. Identity values are
// compared by the namespace their prefix stands for, so "vpn-common:ipv4"
// equals "ietf-vpn-common:ipv4" when both prefixes name the same module.
//
// No schema is at hand, so a list entry is told from a container by its first
// child: YANG's XML encoding puts a list entry's keys first. A wanted element
// matches the held sibling of the same name whose first leaf is equal; when
// there is no such sibling and exactly one of that name, the two are compared
// child by child (a container, or a list of one entry).
class NetconfConfig
{
public:
    struct Node
    {
        QString ns;
        QString name;
        QString text;  // a leaf's value as written
        QString value; // a leaf's value with an identity prefix replaced by its namespace
        QList<Node> children;
        bool isLeaf() const { return children.isEmpty(); }
        // "vpn-node vpn-node-id pe1/CORP": the name, and a first leaf child (a list key) with its value.
        QString label() const;
    };

    // A part of the wanted configuration the held one lacks.
    struct Missing
    {
        QStringList path;  // the labels of its enclosing elements
        QString text;      // the missing element's label ("local-as 64500" for a leaf)
        QStringList block; // an element with children: its content, indented
    };

    // `source` names the XML in messages (e.g. "the running configuration of pe1").
    static Result<NetconfConfig> parse(const QString &xml, const QString &source);

    const QList<Node> &roots() const { return m_roots; }
    bool isEmpty() const { return m_roots.isEmpty(); }

    // The parts of `wanted` that `held` lacks; empty when `held` holds all of `wanted`.
    static QList<Missing> missing(const NetconfConfig &held, const NetconfConfig &wanted);
    // From `from` to `to` as ConfigDiff entries: Added what only `to` holds,
    // Removed what only `from` holds (a changed leaf is one of each).
    static ConfigDiff diff(const NetconfConfig &from, const NetconfConfig &to);
    // Do both hold the same elements and values (order aside)?
    static bool same(const NetconfConfig &a, const NetconfConfig &b);

    // The content of an <edit-config> that makes a datastore holding `current`
    // hold `savedXml` again: each top-level element of `savedXml` with
    // operation "replace", and each one only `current` has with operation
    // "remove" (a server need not read default-operation "replace" as
    // "everything else goes"). `source` names `savedXml` in messages.
    static Result<QString> restoringEdit(const QString &savedXml, const NetconfConfig &current, const QString &source);

    // One element per line, two spaces per level; a leaf as "name value".
    QString toText() const;

private:
    QList<Node> m_roots;
};

} // namespace vpnwb
