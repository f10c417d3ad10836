#pragma once

#include "device.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTableView;
class QUndoStack;

namespace vpnwb {

class DeviceInventoryModel;

// Edits a device inventory file as a table: add, remove and change devices
// (with undo), draft them from the design, and save. Saving checks the whole
// inventory first: an error names the device and the field, selects that
// cell, and nothing is written; the file is replaced whole or not at all.
class InventoryEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `drafter` gives the devices drafted from the open design (may be empty:
    // no draft offered).
    using Drafter = std::function<Result<QList<Device>>()>;

    InventoryEditorDialog(const QString &path, Drafter drafter, QWidget *parent = nullptr);
    ~InventoryEditorDialog() override;

    // Reads `path` into the table; an unreadable or invalid file is said, and the table starts empty.
    void load(const QString &path);
    // Checks and writes the table to the file; false (and the reason shown) when it could not.
    bool save();
    // Asks for a file, then saves there.
    bool saveAs();

    QString path() const { return m_path; }
    bool isModified() const;
    DeviceInventoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    QString message() const;

    // Asked before unsaved changes are dropped: true to drop them. Tests
    // replace it; by default a message box asks.
    std::function<bool()> confirmDiscard;

    void reject() override;

private:
    void addDevice();
    void removeSelected();
    void draftFromDesign();
    void showMessage(const QString &text, bool error);
    void updateTitle();

    QString m_path;
    Drafter m_drafter;
    QUndoStack *m_undo = nullptr;
    DeviceInventoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace vpnwb
