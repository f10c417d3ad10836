#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace vpnwb {

// A closable strip above the page that says what went wrong, without
// blocking the user with a modal box.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);
    void showError(const QString &message);
    void showInfo(const QString &message);
    QString text() const;

private:
    void showMessage(const QString &message, const QString &style);
    QLabel *m_label = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace vpnwb
