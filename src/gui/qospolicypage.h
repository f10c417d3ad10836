#pragma once

#include "designtablemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vpnwb {

class WorkspaceSession;

// Step 5: QoS and routing policy of the open engagement. The class model
// (4 or 6 classes) and the class shares of all sites or of one site are
// chosen at the top and checked like any override; each site's shares show as a bar of its
// access rate with the shaper and the EF policer; below, the import and
// export policy terms of each VRF.
class QosPolicyPage : public QWidget
{
    Q_OBJECT
public:
    explicit QosPolicyPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QComboBox *modelCombo() const { return m_model; }
    // Whose shares Apply sets: all sites ("qos") or one site ("qos:SITE").
    QComboBox *scopeCombo() const { return m_scope; }
    QLineEdit *sharesEdit() const { return m_shares; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *message() const { return m_message; }
    QTableView *qosTable() const { return m_qosTable; }
    QTableView *policyTable() const { return m_policyTable; }

public slots:
    // Stores the chosen class model, and the shares for the chosen scope;
    // refused, with a message, when a value is malformed or would break the design.
    void apply();
    void reload();

signals:
    void applied(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    WorkspaceSession &m_session;
    DesignTableModel *m_qos = nullptr;
    DesignTableModel *m_policies = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_shares = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_qosTable = nullptr;
    QTableView *m_policyTable = nullptr;
};

} // namespace vpnwb
