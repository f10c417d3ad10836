#include "sharebardelegate.h"

#include "designtablemodel.h"

#include <QPainter>

namespace vpnwb {

QColor ShareBarDelegate::colourOf(const QString &classId)
{
    if (classId == QLatin1String("ef"))
        return QColor(0xc0, 0x39, 0x2b);
    if (classId == QLatin1String("af41"))
        return QColor(0x8e, 0x44, 0xad);
    if (classId == QLatin1String("af31"))
        return QColor(0xd3, 0x54, 0x00);
    if (classId == QLatin1String("af21"))
        return QColor(0x24, 0x71, 0xa3);
    if (classId == QLatin1String("be"))
        return QColor(0x6c, 0x7a, 0x89);
    if (classId == QLatin1String("cs1"))
        return QColor(0xa6, 0xac, 0xaf);
    return QColor(0x33, 0x33, 0x33);
}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant value = index.data(DesignTableModel::SharesRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyledItemDelegate::paint(painter, background, QModelIndex());

    const QRect bar = option.rect.adjusted(4, 3, -4, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(bar, option.palette.base().color().darker(104));
    const QVariantList shares = value.toList();
    double x = bar.left();
    for (const QVariant &v : shares) {
        const QVariantList share = v.toList();
        const QString classId = share.value(0).toString();
        const int percent = share.value(1).toInt();
        if (percent <= 0)
            continue;
        const double width = bar.width() * std::min(percent, 100) / 100.0;
        const QRectF segment(x, bar.top(), width, bar.height());
        painter->fillRect(segment, colourOf(classId));
        const QString label = QStringLiteral("%1 %2 %").arg(classId.toUpper()).arg(percent);
        if (painter->fontMetrics().horizontalAdvance(label) + 6 <= width) {
            painter->setPen(Qt::white);
            painter->drawText(segment, Qt::AlignCenter, label);
        }
        x += width;
    }
    painter->setPen(option.palette.mid().color());
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(DesignTableModel::SharesRole).isValid())
        size.setWidth(std::max(size.width(), 420));
    return size;
}

} // namespace vpnwb
