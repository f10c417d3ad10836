#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace vpnwb {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString &message, const QString &style)
{
    m_label->setText(message);
    setStyleSheet(style);
    show();
    m_timer->start(15000);
}

void MessageBanner::showError(const QString &message)
{
    showMessage(message,
                QStringLiteral("vpnwb--MessageBanner { background: #fde8e8; border: 1px solid #d63b3b; "
                               "border-radius: 4px; } QLabel { color: #7a1010; }"));
}

void MessageBanner::showInfo(const QString &message)
{
    showMessage(message,
                QStringLiteral("vpnwb--MessageBanner { background: #e6f0fb; border: 1px solid #1f7ae0; "
                               "border-radius: 4px; } QLabel { color: #0d3d73; }"));
}

QString MessageBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_label->text() : QString();
}

} // namespace vpnwb
