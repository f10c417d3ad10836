#include "flowraildelegate.h"

#include "flowstepmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace vpnwb {

namespace {
constexpr int kMargin = 8;
constexpr int kBadge = 28;
} // namespace

QSize FlowRailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {300, kMargin * 2 + fm.height() * 3 + 2};
}

void FlowRailDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, w);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;

    // Badge with the step number, filled with the state colour.
    const QColor stateColor = index.data(FlowStepModel::StateColorRole).value<QColor>();
    const QRect badge(r.left(), r.top() + (r.height() - kBadge) / 2, kBadge, kBadge);
    p->setPen(Qt::NoPen);
    p->setBrush(stateColor);
    p->drawEllipse(badge);
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(Qt::white);
    p->drawText(badge, Qt::AlignCenter, index.data(FlowStepModel::NumberRole).toString());

    const QFontMetrics fm(option.font);
    const int textLeft = badge.right() + kMargin;
    const QRect nameRect(textLeft, r.top(), r.right() - textLeft, fm.height());
    p->setPen(option.palette.color(textRole));
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data(FlowStepModel::NameRole).toString(), Qt::ElideRight,
                                              nameRect.width()));

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    p->setFont(small);
    const QFontMetrics sfm(small);
    QColor dim = option.palette.color(textRole);
    dim.setAlphaF(selected ? 0.85 : 0.65);

    // Owner lane as a pill, then the state.
    const QString owner = index.data(FlowStepModel::OwnerRole).toString();
    const QRect ownerRect(textLeft, nameRect.bottom() + 3, sfm.horizontalAdvance(owner) + 10,
                          sfm.height() + 2);
    p->setPen(Qt::NoPen);
    p->setBrush(selected ? QColor(255, 255, 255, 60) : QColor(0x2b, 0x55, 0x8c, 40));
    p->drawRoundedRect(ownerRect, 4, 4);
    p->setPen(option.palette.color(textRole));
    p->drawText(ownerRect, Qt::AlignCenter, owner);
    p->setPen(selected ? option.palette.color(textRole) : stateColor.darker(115));
    const QRect stateRect(ownerRect.right() + 8, ownerRect.top(), r.right() - ownerRect.right() - 8,
                          ownerRect.height());
    p->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
                index.data(FlowStepModel::StateTextRole).toString());

    // eTOM L2 › L3. When the line is too narrow the L2 process is shortened
    // first: the L3 process names what the step does (the tooltip has both).
    const QString level3 = QStringLiteral(" › ") + index.data(FlowStepModel::EtomL3Role).toString();
    const QRect etomRect(textLeft, ownerRect.bottom() + 2, r.right() - textLeft, sfm.height());
    const int level2Width = std::max(etomRect.width() - sfm.horizontalAdvance(level3), etomRect.width() / 3);
    const QString etom =
        sfm.elidedText(index.data(FlowStepModel::EtomL2Role).toString(), Qt::ElideRight, level2Width) + level3;
    p->setPen(dim);
    p->drawText(etomRect, Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(etom, Qt::ElideRight, etomRect.width()));
    p->restore();
}

} // namespace vpnwb
