#pragma once

#include "designtablemodel.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace vpnwb {

class DesignWorkflow;
class MessageBanner;
class WorkspaceSession;

// Step 4: the network design of the open engagement. "Design" allocates what
// the engagement needs from the provider pools, completes and validates the
// design and saves the findings (on a worker thread with its own database
// connection); the tabs show the VRFs with their RD and
// RTs, the attachments with PE, port, VLAN and addresses, and the pools. The
// findings panel lists what the validator found; double-clicking one shows
// its object. Editing an RD, export RT, loopback, port, VLAN or link cell
// overrides that value the way 'vpnwb override' does (on the worker thread
// too); a refusal is shown above the tables and the cell keeps its value.
// Overrides are not on the undo stack: override the old value back instead.
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
    MessageBanner *messageBanner() const { return m_message; }

public slots:
    // Allocates, completes, validates and saves the findings.
    void design();
    // Shows the design as the engagement holds it now, allocating nothing.
    void reload();
    // Selects the row of `objectId` in the VRF or attachment table; false when none shows it.
    bool showObject(const QString &objectId);
    // Sets one allocated value of the design, as 'vpnwb override' does.
    void overrideValue(const QString &object, const QString &field, const QString &value);

signals:
    void designed(bool ok);
    void overrideFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What a design run on the worker thread hands back.
    struct DesignOutcome
    {
        std::optional<DesignRun> run;
        QString error;
    };

    using Job = std::function<Result<DesignRun>(DesignWorkflow &)>;

    // Runs `job` on a worker thread with a database connection of its own;
    // `done` gets the outcome unless another engagement was opened meanwhile.
    void runOnWorker(Job job, std::function<void(const DesignOutcome &)> done, std::function<void()> dropped);
    void setRun(const DesignRun &run);
    void showFinding(const QModelIndex &index);

    WorkspaceSession &m_session;
    DesignTableModel *m_vrfs = nullptr;
    DesignTableModel *m_attachments = nullptr;
    DesignTableModel *m_pools = nullptr;
    DesignTableModel *m_findings = nullptr;
    QPushButton *m_design = nullptr;
    MessageBanner *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_vrfTable = nullptr;
    QTableView *m_attachmentTable = nullptr;
    QTableView *m_poolTable = nullptr;
    QTableView *m_findingTable = nullptr;
    bool m_designing = false;
};

} // namespace vpnwb
