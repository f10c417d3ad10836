#include "inventoryeditordialog.h"

#include "choicedelegate.h"
#include "deviceinventory.h"
#include "deviceinventoryjson.h"
#include "deviceinventorymodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vpnwb {

InventoryEditorDialog::InventoryEditorDialog(const QString &path, Drafter drafter, QWidget *parent)
    : QDialog(parent), m_drafter(std::move(drafter))
{
    setObjectName(QStringLiteral("inventoryEditor"));
    resize(1100, 520);
    m_undo = new QUndoStack(this);
    m_model = new DeviceInventoryModel(m_undo, this);

    auto *layout = new QVBoxLayout(this);
    auto *tools = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add device"), this);
    add->setToolTip(tr("A new device after the last one (Ctrl+N)"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setToolTip(tr("Take the selected devices out (Delete)"));
    auto *draft = new QPushButton(tr("&Draft from the design"), this);
    draft->setToolTip(tr("Every PE and CPE of the design at its loopback, replacing the table (undoable)"));
    draft->setObjectName(QStringLiteral("draftFromDesign"));
    draft->setEnabled(bool(m_drafter));
    auto *undo = new QPushButton(tr("&Undo"), this);
    auto *redo = new QPushButton(tr("R&edo"), this);
    tools->addWidget(add);
    tools->addWidget(remove);
    tools->addWidget(draft);
    tools->addStretch(1);
    tools->addWidget(undo);
    tools->addWidget(redo);
    layout->addLayout(tools);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *saveAsButton = buttons->addButton(tr("Save &As…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    auto *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    auto *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    auto *addAction = new QAction(this);
    addAction->setShortcut(QKeySequence::New);
    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    addActions({undoAction, redoAction, addAction, removeAction, saveAction});

    connect(add, &QPushButton::clicked, this, &InventoryEditorDialog::addDevice);
    connect(addAction, &QAction::triggered, this, &InventoryEditorDialog::addDevice);
    connect(remove, &QPushButton::clicked, this, &InventoryEditorDialog::removeSelected);
    connect(removeAction, &QAction::triggered, this, &InventoryEditorDialog::removeSelected);
    connect(draft, &QPushButton::clicked, this, &InventoryEditorDialog::draftFromDesign);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::cleanChanged, this, &InventoryEditorDialog::updateTitle);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { showMessage(QString(), false); });
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &InventoryEditorDialog::save);
    connect(saveAction, &QAction::triggered, this, &InventoryEditorDialog::save);
    connect(saveAsButton, &QPushButton::clicked, this, &InventoryEditorDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &InventoryEditorDialog::reject);
    undo->setEnabled(false);
    redo->setEnabled(false);

    confirmDiscard = [this] {
        return QMessageBox::question(this, tr("Unsaved changes"),
                                     tr("The inventory has changes that are not saved. Close it and lose them?"),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Discard;
    };
    load(path);
}

InventoryEditorDialog::~InventoryEditorDialog()
{
    // The undo stack signals as it goes: not to this dialog, which is half gone by then.
    disconnect(m_undo, nullptr, this, nullptr);
}

void InventoryEditorDialog::load(const QString &path)
{
    m_path = path;
    QList<Device> devices;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        const auto read = DeviceInventoryJson::fromFile(path);
        if (read) {
            devices = read->devices();
            showMessage(tr("%n device(s) from %1. Double-click a cell to change it.", nullptr, int(devices.size()))
                            .arg(QFileInfo(path).fileName()),
                        false);
        } else {
            showMessage(tr("%1 The table starts empty; saving replaces the file.").arg(read.error().message), true);
        }
    } else {
        showMessage(tr("A new inventory: add devices or draft them from the design, then save."), false);
    }
    m_model->load(devices);
    m_table->resizeColumnsToContents();
    updateTitle();
}

bool InventoryEditorDialog::save()
{
    if (m_path.isEmpty())
        return saveAs();
    const QByteArray bytes =
        DeviceInventoryJson::toBytes(DeviceInventory(m_model->devices()), QStringLiteral("edited in VPN Workbench"));
    // The table as the file would be read back: any error names the device and the field.
    const auto checked = DeviceInventoryJson::fromBytes(bytes, m_path);
    if (!checked) {
        const QString error = checked.error().message;
        const QRegularExpressionMatch where =
            QRegularExpression(QStringLiteral("\\$\\.devices\\[(\\d+)\\]\\.(\\w+)")).match(error);
        if (where.hasMatch()) {
            const int row = where.captured(1).toInt();
            const int column = std::max(0, DeviceInventoryModel::columnOf(where.captured(2)));
            const QModelIndex cell = m_model->index(row, column);
            m_table->setCurrentIndex(cell);
            m_table->scrollTo(cell);
            showMessage(tr("Not saved: device %1 (row %2), %3").arg(m_model->devices().value(row).name).arg(row + 1).arg(error),
                        true);
        } else {
            showMessage(tr("Not saved: %1").arg(error), true);
        }
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(tr("Not saved: cannot write %1: %2").arg(m_path, file.errorString()), true);
        return false;
    }
    m_undo->setClean();
    showMessage(tr("Saved %n device(s) to %1.", nullptr, int(m_model->devices().size())).arg(m_path), false);
    return true;
}

bool InventoryEditorDialog::saveAs()
{
    const QString start = m_path.isEmpty() ? QStringLiteral("inventory.json") : m_path;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the device inventory"), start,
                                                      tr("Device inventories (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString before = m_path;
    m_path = path;
    if (!save()) {
        m_path = before;
        return false;
    }
    updateTitle();
    return true;
}

bool InventoryEditorDialog::isModified() const
{
    return !m_undo->isClean();
}

QString InventoryEditorDialog::message() const
{
    return m_message->text();
}

void InventoryEditorDialog::reject()
{
    if (isModified() && confirmDiscard && !confirmDiscard())
        return;
    QDialog::reject();
}

void InventoryEditorDialog::addDevice()
{
    // A new device like the last one (same user, login and credential), to be completed.
    Device d = m_model->devices().isEmpty() ? Device() : m_model->devices().constLast();
    d.name = QStringLiteral("new-device-%1").arg(m_model->rowCount() + 1);
    d.managementAddress.clear();
    d.knownHosts.clear();
    if (d.vendor.isEmpty())
        d.vendor = QStringLiteral("frr");
    m_model->addDevice(d);
    const QModelIndex cell = m_model->index(m_model->rowCount() - 1, DeviceInventoryModel::NameColumn);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
}

void InventoryEditorDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
        rows.append(i.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    m_model->removeDevices(rows);
}

void InventoryEditorDialog::draftFromDesign()
{
    if (!m_drafter)
        return;
    const auto drafted = m_drafter();
    if (!drafted) {
        showMessage(drafted.error().message, true);
        return;
    }
    m_model->replaceAll(*drafted, tr("Draft from the design"));
    m_table->resizeColumnsToContents();
    showMessage(tr("%n device(s) drafted from the design, each at its loopback: check the addresses and the "
                   "logins, then save (Ctrl+Z takes the draft back).",
                   nullptr, int(drafted->size())),
                false);
}

void InventoryEditorDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void InventoryEditorDialog::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("new inventory") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("Device inventory — %1%2").arg(name, isModified() ? QStringLiteral(" *") : QString()));
}

} // namespace vpnwb
