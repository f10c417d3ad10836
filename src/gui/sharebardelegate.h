#pragma once

#include <QStyledItemDelegate>

namespace vpnwb {

// Paints a site's class shares as one bar of coloured segments, each as wide
// as its percentage of the access rate and labelled when it has room
// ("EF 25 %"). Reads DesignTableModel::SharesRole; other cells are painted
// as usual.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colourOf(const QString &classId);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace vpnwb
