#pragma once

#include "designtablemodel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace vpnwb {

class WorkspaceSession;

// Step 4: the network design of the open engagement. "Design" allocates what
// the engagement needs from the provider pools, completes and validates the
// design and saves the findings (on a worker thread with its own database
// connection); the tabs show the VRFs with their RD and
// RTs, the attachments with PE, port, VLAN and addresses, and the pools. The
// findings panel lists what the validator found; double-clicking one shows
// its object.
class NetworkDesignPage : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDesignPage(WorkspaceSession &session, QWidget *parent = nullptr);

    // Why steps 4 and 5 of the open engagement may not be marked done (never
    // designed, values missing, blocking findings), or empty when they may.
    static QString whyNotDone(WorkspaceSession &session);

    QPushButton *designButton() const { return m_design; }
    QLabel *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *vrfTable() const { return m_vrfTable; }
    QTableView *attachmentTable() const { return m_attachmentTable; }
    QTableView *poolTable() const { return m_poolTable; }
    QTableView *findingTable() const { return m_findingTable; }

public slots:
    // Allocates, completes, validates and saves the findings.
    void design();
    // Shows the design as the engagement holds it now, allocating nothing.
    void reload();
    // Selects the row of `objectId` in the VRF or attachment table; false when none shows it.
    bool showObject(const QString &objectId);

signals:
    void designed(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What a design run on the worker thread hands back.
    struct DesignOutcome
    {
        std::optional<DesignRun> run;
        QString error;
    };

    void setRun(const DesignRun &run);
    void showFinding(const QModelIndex &index);

    WorkspaceSession &m_session;
    DesignTableModel *m_vrfs = nullptr;
    DesignTableModel *m_attachments = nullptr;
    DesignTableModel *m_pools = nullptr;
    DesignTableModel *m_findings = nullptr;
    QPushButton *m_design = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_vrfTable = nullptr;
    QTableView *m_attachmentTable = nullptr;
    QTableView *m_poolTable = nullptr;
    QTableView *m_findingTable = nullptr;
    bool m_designing = false;
};

} // namespace vpnwb
