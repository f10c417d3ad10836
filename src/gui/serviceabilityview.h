#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vpnwb {

class ServiceabilityFilterModel;
class ServiceabilityTableModel;
class WorkspaceSession;

// The serviceability results of the open engagement: a sortable table of
// every site's verdict, PE or partner and reason, filtered by verdict and by
// text; "Check Serviceability" runs the check (off the GUI thread) and saves
// the results.
class ServiceabilityView : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceabilityView(WorkspaceSession &session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *verdictFilter() const { return m_verdict; }
    QLineEdit *textFilter() const { return m_filter; }
    ServiceabilityFilterModel *proxy() const { return m_proxy; }
    QPushButton *checkButton() const { return m_check; }

public slots:
    // Runs the serviceability check on the open engagement and saves the results.
    void check();

signals:
    // A check finished and its results were saved (or `ok` is false).
    void checked(bool ok);

private:
    void refreshCount();

    WorkspaceSession &m_session;
    ServiceabilityTableModel *m_model = nullptr;
    ServiceabilityFilterModel *m_proxy = nullptr;
    QComboBox *m_verdict = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_check = nullptr;
    QTableView *m_table = nullptr;
    bool m_checking = false;
};

} // namespace vpnwb
