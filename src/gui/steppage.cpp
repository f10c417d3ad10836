#include "steppage.h"

#include "displaytext.h"
#include "engagementdocument.h"
#include "flowstep.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace vpnwb {
namespace {

// The locale's short date and time, but with the year in four digits.
QString fullYearShortFormat(const QDateTime &t)
{
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(t, format);
}

} // namespace

StepPage::StepPage(int step, EngagementDocument &doc, QWidget *parent)
    : QWidget(parent), m_step(step), m_doc(doc)
{
    const FlowStep &info = *FlowStep::byNumber(step);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    m_title = new QLabel(tr("Step %1 — %2").arg(step).arg(DisplayText::stepName(info)), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_meta = new QLabel(this);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setWordWrap(true);
    m_meta->setText(tr("<b>Owner:</b> %1 &nbsp;&nbsp; <b>Systems:</b> %2<br><b>eTOM:</b> %3 › %4")
                        .arg(DisplayText::stepOwner(info).toHtmlEscaped(),
                             DisplayText::stepSystems(info).toHtmlEscaped(),
                             DisplayText::stepEtomL2(info).toHtmlEscaped(),
                             DisplayText::stepEtomL3(info).toHtmlEscaped()));
    layout->addWidget(m_meta);

    auto *statusBox = new QGroupBox(tr("Status of this step"), this);
    auto *statusRow = new QHBoxLayout(statusBox);
    m_state = new QComboBox(statusBox);
    for (StepState s : {StepState::NotStarted, StepState::InProgress, StepState::Done, StepState::Blocked})
        m_state->addItem(DisplayText::stepState(s), static_cast<int>(s));
    m_state->setAccessibleName(tr("Step state"));
    m_note = new QLineEdit(statusBox);
    m_note->setPlaceholderText(tr("Note (why blocked, what is next, …)"));
    m_note->setClearButtonEnabled(true);
    m_apply = new QPushButton(tr("&Update status"), statusBox);
    m_apply->setToolTip(tr("Save the state and note (Ctrl+Return); undo with Ctrl+Z"));
    m_updated = new QLabel(statusBox);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    auto *stateLabel = new QLabel(tr("&State:"), statusBox);
    stateLabel->setBuddy(m_state);
    statusRow->addWidget(stateLabel);
    statusRow->addWidget(m_state);
    statusRow->addWidget(m_note, 1);
    statusRow->addWidget(m_apply);
    statusRow->addWidget(m_updated);
    layout->addWidget(statusBox);

    connect(m_apply, &QPushButton::clicked, this, &StepPage::applyStatus);
    connect(m_note, &QLineEdit::returnPressed, this, &StepPage::applyStatus);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &StepPage::applyStatus);

    m_contentLayout = new QVBoxLayout;
    layout->addLayout(m_contentLayout, 1);
    m_placeholder = new QLabel(tr("<p style='font-size:large'>What this page will hold</p><p>%1</p>")
                                   .arg(DisplayText::stepSummary(info).toHtmlEscaped()),
                               this);
    static_cast<QLabel *>(m_placeholder)->setWordWrap(true);
    static_cast<QLabel *>(m_placeholder)->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_contentLayout->addWidget(m_placeholder, 1);

    connect(&doc, &EngagementDocument::stepStatusChanged, this, [this](int changed) {
        if (changed == m_step)
            refresh();
    });
    connect(&doc, &EngagementDocument::engagementOpened, this, &StepPage::refresh);
    refresh();
}

void StepPage::setContent(QWidget *content)
{
    delete m_placeholder;
    m_placeholder = nullptr;
    content->setParent(this);
    m_contentLayout->addWidget(content, 1);
}

void StepPage::refresh()
{
    const StepStatus st = m_doc.engagement().stepStatus(m_step);
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(st.state)));
    m_note->setText(st.note);
    m_note->setCursorPosition(0);
    m_updated->setText(
        st.updatedAt.isValid()
            ? tr("updated %1").arg(fullYearShortFormat(st.updatedAt.toLocalTime()))
            : QString());
    setEnabled(m_doc.isOpen());
}

void StepPage::applyStatus()
{
    StepStatus st;
    st.step = m_step;
    st.state = static_cast<StepState>(m_state->currentData().toInt());
    st.note = m_note->text().trimmed();
    st.updatedAt = QDateTime::currentDateTimeUtc();
    if (st.state == StepState::Done && m_doneGate) {
        if (const QString why = m_doneGate(); !why.isEmpty()) {
            emit m_doc.errorOccurred(tr("Step %1 cannot be marked done: %2").arg(m_step).arg(why));
            refresh();
            return;
        }
    }
    m_doc.setStepStatus(st);
}

} // namespace vpnwb
