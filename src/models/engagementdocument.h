#pragma once

#include "engagement.h"
#include "result.h"

#include <QObject>
#include <QUndoStack>

namespace vpnwb {

class Database;

// The open engagement as the GUI edits it: the value, its undo history, and
// the workspace it is saved to. Every change is saved at once, in one
// transaction; a change the database refuses is rolled back in memory too,
// and reported through errorOccurred. Views follow the signals.
class EngagementDocument : public QObject
{
    Q_OBJECT
public:
    explicit EngagementDocument(Database &db, QObject *parent = nullptr);

    // Loads an engagement and starts a fresh undo history.
    Status open(std::int64_t engagementId);
    void close();
    bool isOpen() const { return m_engagement.id != 0; }

    const Engagement &engagement() const { return m_engagement; }
    QUndoStack *undoStack() { return &m_undo; }
    Database &database() { return m_db; }

    // Undoable edits (pushed on the undo stack).
    void editSite(const QString &siteId, const Site &newValue, const QString &description);
    void setStepStatus(const StepStatus &status);

    // Used by the undo commands: apply a value and save it. Returns false
    // (and reports) if it could not be saved; the value is then unchanged.
    bool applySite(const QString &siteId, const Site &value);
    bool applyStepStatus(const StepStatus &status);

signals:
    void engagementOpened();
    void engagementClosed();
    void siteChanged(int row);
    void stepStatusChanged(int step);
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    Engagement m_engagement;
    QUndoStack m_undo;
};

} // namespace vpnwb
