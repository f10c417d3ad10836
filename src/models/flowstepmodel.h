#pragma once

#include <QAbstractListModel>

namespace vpnwb {

class EngagementDocument;

// The ten steps of the activation flow with the open engagement's status
// of each: what the flow rail shows.
class FlowStepModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        NameRole,
        OwnerRole,
        SystemsRole,
        EtomL2Role,
        EtomL3Role,
        StateRole, // StepState as int
        StateTextRole,
        StateColorRole,
        NoteRole,
        UpdatedAtRole,
    };

    explicit FlowStepModel(EngagementDocument &doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    EngagementDocument &m_doc;
};

} // namespace vpnwb
