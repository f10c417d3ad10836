#pragma once

#include <QStyledItemDelegate>

namespace vpnwb {

// Paints one step of the flow rail: a numbered badge in the colour of the
// step's state, the step name, its owner lane and eTOM mapping.
class FlowRailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace vpnwb
