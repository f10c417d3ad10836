#include "flowstepmodel.h"

#include "displaytext.h"
#include "engagementdocument.h"
#include "flowstep.h"

namespace vpnwb {

FlowStepModel::FlowStepModel(EngagementDocument &doc, QObject *parent)
    : QAbstractListModel(parent), m_doc(doc)
{
    auto refreshAll = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
    };
    connect(&doc, &EngagementDocument::engagementOpened, this, refreshAll);
    connect(&doc, &EngagementDocument::engagementClosed, this, refreshAll);
    connect(&doc, &EngagementDocument::stepStatusChanged, this, [this](int step) {
        const QModelIndex i = index(step - 1);
        if (i.isValid())
            emit dataChanged(i, i);
    });
}

int FlowStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FlowStep::count;
}

QVariant FlowStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlowStep &step = FlowStep::all()[index.row()];
    const StepStatus status = m_doc.engagement().stepStatus(step.number);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(step.number).arg(DisplayText::stepName(step));
    case Qt::ToolTipRole:
        return tr("%1\nOwner: %2\nSystems: %3\neTOM: %4 › %5\nStatus: %6")
            .arg(DisplayText::stepName(step), DisplayText::stepOwner(step), DisplayText::stepSystems(step),
                 DisplayText::stepEtomL2(step), DisplayText::stepEtomL3(step),
                 DisplayText::stepState(status.state));
    case NumberRole:
        return step.number;
    case NameRole:
        return DisplayText::stepName(step);
    case OwnerRole:
        return DisplayText::stepOwner(step);
    case SystemsRole:
        return DisplayText::stepSystems(step);
    case EtomL2Role:
        return DisplayText::stepEtomL2(step);
    case EtomL3Role:
        return DisplayText::stepEtomL3(step);
    case StateRole:
        return static_cast<int>(status.state);
    case StateTextRole:
        return DisplayText::stepState(status.state);
    case StateColorRole:
        return DisplayText::stepStateColor(status.state);
    case NoteRole:
        return status.note;
    case UpdatedAtRole:
        return status.updatedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> FlowStepModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NumberRole, "number"},
                  {NameRole, "name"},
                  {OwnerRole, "owner"},
                  {SystemsRole, "systems"},
                  {EtomL2Role, "etomL2"},
                  {EtomL3Role, "etomL3"},
                  {StateRole, "state"},
                  {StateTextRole, "stateText"},
                  {StateColorRole, "stateColor"},
                  {NoteRole, "note"},
                  {UpdatedAtRole, "updatedAt"}});
    return names;
}

} // namespace vpnwb
