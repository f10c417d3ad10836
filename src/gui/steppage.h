#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace vpnwb {

class EngagementDocument;

// The page of one flow step: what the step is (owner lane, systems, eTOM
// mapping), its status for the open engagement with an editor, and the
// step's own work area below.
class StepPage : public QWidget
{
    Q_OBJECT
public:
    StepPage(int step, EngagementDocument &doc, QWidget *parent = nullptr);

    int step() const { return m_step; }
    // Puts the step's own work area under the header (the page owns it).
    void setContent(QWidget *content);
    // Asked before the step is marked done: why it may not be (shown to the
    // user, and the status is left as it was), or empty when it may.
    void setDoneGate(std::function<QString()> gate) { m_doneGate = std::move(gate); }
    QComboBox *stateCombo() const { return m_state; }
    QLineEdit *noteEdit() const { return m_note; }

public slots:
    void applyStatus();
    void refresh();

private:
    int m_step;
    EngagementDocument &m_doc;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_updated = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QWidget *m_placeholder = nullptr;
    std::function<QString()> m_doneGate;
};

} // namespace vpnwb
