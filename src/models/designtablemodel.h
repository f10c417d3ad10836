#pragma once

#include "designrun.h"

#include <QAbstractTableModel>

namespace vpnwb {

// One table of a network design for the step 4 and 5 pages: the VRFs with
// their RD and RTs, the attachments with PE, port, VLAN and addresses, the
// pools and how full they are, the validator's findings, the QoS of each
// site, or the terms of the routing policies. Changed whole by setRun()
// after each design or override. The cells of an allocated value (a VRF's
// RD, export RT and loopback; an attachment's port, VLAN and link) are
// editable: setData() changes nothing itself but asks for an override
// (overrideRequested), which the page runs through DesignWorkflow like
// 'vpnwb override'; overridden values are shown in italics.
class DesignTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Table { Vrfs, Attachments, Pools, Findings, Qos, Policies };
    enum Role {
        ObjectIdRole = Qt::UserRole + 1, // the design object of the row ("vrf:PE/NAME", "attachment:...")
        SharesRole,                      // Qos: QVariantList of QVariantList{classId, percent}
        BlockingRole,                    // Findings: whether the finding is blocking
        OverrideObjectRole,              // the object an edit of the cell overrides ("vpn:CORP"), or empty
        OverrideFieldRole,               // its field as 'vpnwb override' names it ("rt-hub"), or empty
        OverriddenRole,                  // whether the cell's value was set by an override
    };

    explicit DesignTableModel(Table table, QObject *parent = nullptr);

    Table table() const { return m_table; }
    void setRun(const DesignRun &run);
    const DesignRun &run() const { return m_run; }

    // The row that shows `objectId`, or -1. Sites, access circuits and QoS
    // objects lead to the first attachment of their site, VPNs to their first VRF.
    int rowOf(const QString &objectId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Emits overrideRequested when the text differs from the value shown; the
    // cell keeps its value until setRun() brings the design with the override.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void overrideRequested(const QString &object, const QString &field, const QString &value);

private:
    struct OverrideTarget
    {
        QString object;
        QString field;
    };

    // What editing the cell overrides; empty when the cell is not an allocated value.
    OverrideTarget overrideTarget(int row, int column) const;
    bool isOverridden(int row, int column) const;
    struct PolicyRow
    {
        qsizetype policy;
        qsizetype term;
    };

    QVariant display(int row, int column) const;
    QString objectIdOf(int row) const;

    Table m_table;
    DesignRun m_run;
    QList<PolicyRow> m_policyRows;
};

} // namespace vpnwb
