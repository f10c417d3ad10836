#pragma once

#include "configtree.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpnwb {

// The difference between a device's running configuration and the intended
// one, by hierarchy: statements are compared within their block, blocks by
// their opening statement, so that a change shows where it is ("router bgp
// 64500 vrf CORP > address-family ipv4 unicast") rather than as a line
// number. Order within a block is not compared.
//
// A removed and an added statement of one block are shown as one change when
// they share their key and no other statement of the block does: the words
// up to "description", or else all words but the last ("vlan-id 100" ->
// "vlan-id 200", "neighbor 10.0.0.2 remote-as 65001" -> "... 65002"); a
// statement of one word (the value at the end of a Junos `set` path) has an
// empty key.
class ConfigDiff
{
public:
    enum class Change { Added, Removed, Changed };

    struct Entry
    {
        Change change = Change::Added;
        QStringList path;  // the opening statements of the enclosing blocks
        QString text;      // the statement added or removed, or the new one
        QString oldText;   // Changed only: the running statement
        QStringList block; // an added or removed block: its statements, indented
    };

    static ConfigDiff compare(const ConfigTree &running, const ConfigTree &intended);
    // A difference found by other means (a NETCONF device's XML configuration).
    static ConfigDiff fromEntries(QList<Entry> entries);

    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int count(Change change) const;
    // The same difference without the entries of one kind, e.g. without
    // Removed for what a merging push changes (it leaves the rest as it is).
    ConfigDiff without(Change change) const;

    // For people: the enclosing blocks as context, then "+ " added,
    // "- " removed, "~ " changed (old -> new), two spaces per level.
    QString toText() const;

private:
    void compareBlocks(const ConfigTree::Node &running, const ConfigTree::Node &intended, QStringList &path);

    QList<Entry> m_entries;
};

} // namespace vpnwb
