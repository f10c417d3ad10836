#include "configpreviewpage.h"

#include "confighighlighter.h"
#include "database.h"
#include "designrepository.h"
#include "designworkflow.h"
#include "devicedesignbuilder.h"
#include "displaytext.h"
#include "engagementdocument.h"
#include "flowstep.h"
#include "messagebanner.h"
#include "rendererregistry.h"
#include "sitehoming.h"
#include "workspacesession.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vpnwb {

// What reading the design on the worker thread hands back.
struct ConfigPreviewPage::LoadOutcome
{
    enum class State { Ready, NotDesigned, MissingValues, Blocked, Failed };
    State state = State::Failed;
    QString error;        // Failed
    QStringList missing;  // MissingValues
    QStringList blocking; // Blocked: each finding as "object: message"
    QList<DeviceDesign> devices;
};

namespace {

constexpr int kShownFindings = 8;

// What rendering one device on the worker thread hands back.
struct RenderOutcome
{
    std::optional<Rendering> rendering;
    QString error;
};

QString stepLink(int number)
{
    for (const FlowStep &step : FlowStep::all()) {
        if (step.number == number)
            return QStringLiteral("<a href=\"step:%1\">%2</a>")
                .arg(number)
                .arg(ConfigPreviewPage::tr("step %1, %2")
                         .arg(number)
                         .arg(DisplayText::stepName(step).toHtmlEscaped()));
    }
    return QString::number(number);
}

} // namespace

ConfigPreviewPage::ConfigPreviewPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("configPreviewPage"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: reading the design or rendering
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(QStringLiteral("previewVendor"));
    m_vendor->setToolTip(tr("Show the devices of one vendor only"));
    m_vendor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vendor->setMinimumContentsLength(12); // "All vendors"; the list shows the full names
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("previewDevice"));
    m_device->setMinimumContentsLength(16);
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("previewStyle"));
    m_style->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_style->setToolTip(tr("The renderer's output style (Junos: hierarchical or set commands)"));
    m_showConfiguration = new QRadioButton(tr("C&onfiguration"), this);
    m_showRemoval = new QRadioButton(tr("&Removal"), this);
    m_showRemoval->setToolTip(tr("The configuration that takes exactly this service off the device again"));
    m_showConfiguration->setChecked(true);
    auto *view = new QButtonGroup(this);
    view->addButton(m_showConfiguration);
    view->addButton(m_showRemoval);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setToolTip(tr("Copy the text shown to the clipboard"));
    m_save = new QPushButton(tr("Sa&ve…"), this);
    m_save->setToolTip(tr("Save the text shown to a file"));

    auto *vendorLabel = new QLabel(tr("Ve&ndor:"), this);
    vendorLabel->setBuddy(m_vendor);
    auto *deviceLabel = new QLabel(tr("&Device:"), this);
    deviceLabel->setBuddy(m_device);
    auto *styleLabel = new QLabel(tr("St&yle:"), this);
    styleLabel->setBuddy(m_style);

    m_banner = new MessageBanner(this);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new ConfigHighlighter(QString(), m_text->document());

    auto *diagnosticsBox = new QWidget(this);
    auto *diagnosticsLabel = new QLabel(tr("<b>Diagnostics</b>"), diagnosticsBox);
    m_diagnostics = new QListWidget(diagnosticsBox);
    m_diagnostics->setObjectName(QStringLiteral("previewDiagnostics"));
    m_diagnostics->setWordWrap(true);
    m_diagnostics->setAlternatingRowColors(true);
    auto *diagnosticsLayout = new QVBoxLayout(diagnosticsBox);
    diagnosticsLayout->setContentsMargins(0, 0, 0, 0);
    diagnosticsLayout->addWidget(diagnosticsLabel);
    diagnosticsLayout->addWidget(m_diagnostics, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(diagnosticsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});

    auto *top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_progress);
    auto *bar = new QHBoxLayout;
    bar->addWidget(vendorLabel);
    bar->addWidget(m_vendor);
    bar->addWidget(deviceLabel);
    bar->addWidget(m_device, 1);
    bar->addWidget(styleLabel);
    bar->addWidget(m_style);
    bar->addSpacing(6);
    bar->addWidget(m_showConfiguration);
    bar->addWidget(m_showRemoval);
    bar->addSpacing(6);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    clearRendering();
    connect(m_message, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("step:")))
            emit stepRequested(link.mid(5).toInt());
    });
    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] { fillDevices(); });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] { deviceChosen(); });
    connect(m_style, &QComboBox::currentIndexChanged, this, &ConfigPreviewPage::render);
    connect(m_showRemoval, &QRadioButton::toggled, this, [this] { showRendering(); });
    connect(m_copy, &QPushButton::clicked, this, &ConfigPreviewPage::copy);
    connect(m_save, &QPushButton::clicked, this, &ConfigPreviewPage::save);
    connect(&session.document(), &EngagementDocument::engagementOpened, this, &ConfigPreviewPage::reload);
}

ConfigPreviewPage::~ConfigPreviewPage() = default;

void ConfigPreviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ConfigPreviewPage::setBusy(bool busy)
{
    m_running += busy ? 1 : -1;
    m_progress->setVisible(m_running > 0);
}

QString ConfigPreviewPage::pluginProblems() const
{
    QString text;
    if (!m_registry)
        return text;
    for (const RendererRegistry::Problem &p : m_registry->problems())
        text +=
            QStringLiteral("<br><span style=\"color:#b01c1c\">%1</span>")
                .arg(tr("Renderer plugin %1 was not loaded: %2").arg(p.fileName, p.reason).toHtmlEscaped());
    return text;
}

void ConfigPreviewPage::reload()
{
    EngagementDocument &doc = m_session.document();
    if (!doc.isOpen() || !isVisible())
        return;
    if (!m_registry)
        m_registry = std::make_shared<const RendererRegistry>();
    const quint64 id = ++m_loadId;
    ++m_renderId; // a rendering of the old device list is of no use any more
    setBusy(true);
    // Off the GUI thread, on a connection of its own: a large design takes a while to read.
    const QString path = m_session.database().location();
    const Engagement engagement = doc.engagement();
    const PopCatalog catalog = m_session.siteHoming()->catalog();
    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, id, engagement] {
        watcher->deleteLater();
        setBusy(false);
        EngagementDocument &doc = m_session.document();
        if (id != m_loadId || !doc.isOpen() || doc.engagement().id != engagement.id)
            return; // a newer request, or another engagement, came meanwhile
        setLoaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, engagement, catalog] {
        LoadOutcome outcome;
        const auto db = Database::openSqlite(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            outcome.error = db.error().message;
            return outcome;
        }
        const auto stored = DesignRepository(**db).findings(engagement.id);
        if (!stored) {
            outcome.error = stored.error().message;
            return outcome;
        }
        if (!stored->validatedAt.isValid()) {
            outcome.state = LoadOutcome::State::NotDesigned;
            return outcome;
        }
        // The design as the engagement holds it now; reading it allocates nothing.
        const auto run = DesignWorkflow(**db, catalog).current(engagement);
        if (!run) {
            outcome.error = run.error().message;
            return outcome;
        }
        // Blocking findings first: they also say why values are missing. Those of the
        // last Design run lead (a pool that fell short), then what the design shows now.
        for (const DesignFinding &f : std::as_const(stored->findings)) {
            if (f.isBlocking())
                outcome.blocking.append(f.toString());
        }
        for (const DesignFinding &f : run->blocking()) {
            if (!outcome.blocking.contains(f.toString()))
                outcome.blocking.append(f.toString());
        }
        if (!outcome.blocking.isEmpty()) {
            outcome.state = LoadOutcome::State::Blocked;
            return outcome;
        }
        outcome.missing = run->design.missingValues();
        if (!outcome.missing.isEmpty()) {
            outcome.state = LoadOutcome::State::MissingValues;
            return outcome;
        }
        outcome.devices = DeviceDesignBuilder::build(run->design, run->settings.cpeVendor);
        outcome.state = LoadOutcome::State::Ready;
        return outcome;
    }));
}

void ConfigPreviewPage::setLoaded(const LoadOutcome &outcome)
{
    using State = LoadOutcome::State;
    const QString name = m_session.document().engagement().name.toHtmlEscaped();
    m_devices = outcome.devices;
    m_diagnostics->clear();
    QString text;
    switch (outcome.state) {
    case State::Ready: {
        qsizetype pes = 0;
        for (const DeviceDesign &d : std::as_const(m_devices))
            pes += d.role == DeviceRole::Pe ? 1 : 0;
        text = tr("The design of %1 touches %2 device(s): %3 PE router(s) and %4 CPE(s). Choose a device to "
                  "see its configuration.")
                   .arg(name)
                   .arg(m_devices.size())
                   .arg(pes)
                   .arg(m_devices.size() - pes);
        break;
    }
    case State::NotDesigned:
        text = tr("%1 has not been designed yet, so there is no configuration to preview. Design it on %2 "
                  "first.")
                   .arg(name, stepLink(4));
        break;
    case State::MissingValues:
        text = tr("The design of %1 lacks %2 value(s) (e.g. %3), so nothing is rendered. Run Design again on "
                  "%4.")
                   .arg(name)
                   .arg(outcome.missing.size())
                   .arg(outcome.missing.first().toHtmlEscaped(), stepLink(4));
        break;
    case State::Blocked: {
        text = tr("The design of %1 has %2 blocking finding(s), so nothing is rendered. Resolve them on %3:")
                   .arg(name)
                   .arg(outcome.blocking.size())
                   .arg(stepLink(4));
        text += QStringLiteral("<ul style=\"margin-top:2px\">");
        for (const QString &f : outcome.blocking.mid(0, kShownFindings))
            text += QStringLiteral("<li>%1</li>").arg(f.toHtmlEscaped());
        text += QStringLiteral("</ul>");
        if (outcome.blocking.size() > kShownFindings)
            text += tr("… and %1 more (all are listed under Diagnostics).")
                        .arg(outcome.blocking.size() - kShownFindings);
        for (const QString &f : outcome.blocking)
            m_diagnostics->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                                       tr("blocking: %1").arg(f)));
        break;
    }
    case State::Failed:
        text = tr("The design of %1 could not be read: %2").arg(name, outcome.error.toHtmlEscaped());
        break;
    }
    m_message->setText(text + pluginProblems());

    // The vendor filter: every vendor of the design, by its renderer's name.
    const QString vendorBefore = m_vendor->currentData().toString();
    QSignalBlocker blockVendor(m_vendor);
    m_vendor->clear();
    m_vendor->addItem(tr("All vendors"), QString());
    QStringList vendors;
    for (const DeviceDesign &d : std::as_const(m_devices)) {
        if (!vendors.contains(d.vendor))
            vendors.append(d.vendor);
    }
    vendors.sort();
    for (const QString &v : std::as_const(vendors)) {
        const RendererRegistry::Plugin *plugin = m_registry->find(v);
        m_vendor->addItem(plugin ? plugin->name : tr("%1 (no renderer)").arg(v), v);
    }
    m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(vendorBefore)));
    m_vendor->setEnabled(m_vendor->count() > 1);
    fillDevices();
    if (outcome.state != State::Ready)
        m_text->setPlaceholderText(tr("Nothing is rendered: the message above says why."));
    emit loaded(outcome.state == State::Ready);
}

void ConfigPreviewPage::fillDevices()
{
    const QString vendor = m_vendor->currentData().toString();
    const QString before = chosenDevice() ? chosenDevice()->name : QString();
    {
        QSignalBlocker blockDevice(m_device);
        m_device->clear();
        for (qsizetype i = 0; i < m_devices.size(); ++i) {
            const DeviceDesign &d = m_devices[i];
            if (!vendor.isEmpty() && d.vendor != vendor)
                continue;
            const RendererRegistry::Plugin *plugin = m_registry ? m_registry->find(d.vendor) : nullptr;
            m_device->addItem(tr("%1 (%2, %3)")
                                  .arg(d.name, d.role == DeviceRole::Pe ? tr("PE") : tr("CPE"),
                                       plugin ? plugin->name : d.vendor),
                              QVariant::fromValue(int(i)));
        }
        int index = 0;
        for (int row = 0; row < m_device->count(); ++row) {
            if (m_devices[m_device->itemData(row).toInt()].name == before)
                index = row;
        }
        m_device->setCurrentIndex(m_device->count() > 0 ? index : -1);
    }
    m_device->setEnabled(m_device->count() > 0);
    m_vendor->setEnabled(m_vendor->count() > 1);
    deviceChosen();
}

const DeviceDesign *ConfigPreviewPage::chosenDevice() const
{
    const QVariant data = m_device->currentData();
    if (!data.isValid())
        return nullptr;
    const int i = data.toInt();
    return i >= 0 && i < m_devices.size() ? &m_devices[i] : nullptr;
}

void ConfigPreviewPage::deviceChosen()
{
    const DeviceDesign *device = chosenDevice();
    const RendererRegistry::Plugin *plugin =
        device && m_registry ? m_registry->find(device->vendor) : nullptr;
    const QString styleBefore = m_style->currentText();
    {
        QSignalBlocker blockStyle(m_style);
        m_style->clear();
        if (plugin)
            m_style->addItems(plugin->styles);
        m_style->setCurrentIndex(std::max(0, m_style->findText(styleBefore)));
    }
    m_style->setEnabled(m_style->count() > 1);
    render();
}

void ConfigPreviewPage::clearRendering()
{
    m_rendering = {};
    m_hasRendering = false;
    m_text->clear();
    m_text->setPlaceholderText(tr("No device chosen."));
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
}

void ConfigPreviewPage::render()
{
    const quint64 id = ++m_renderId;
    const DeviceDesign *device = chosenDevice();
    if (!device) {
        clearRendering();
        return;
    }
    // Keep blocking findings listed; replace the previous device's diagnostics.
    for (int row = m_diagnostics->count() - 1; row >= 0; --row) {
        if (!m_diagnostics->item(row)->data(Qt::UserRole).isNull())
            delete m_diagnostics->takeItem(row);
    }
    const RendererRegistry::Plugin *plugin = m_registry->find(device->vendor);
    if (!plugin) {
        clearRendering();
        const QStringList vendors = m_registry->vendors();
        const QString error = tr("Device %1 cannot be rendered: there is no renderer for its vendor '%2'. "
                                 "Renderers available: %3.")
                                  .arg(device->name, device->vendor,
                                       vendors.isEmpty() ? tr("none") : vendors.join(QStringLiteral(", ")));
        m_text->setPlaceholderText(error);
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), error);
        item->setData(Qt::UserRole, device->name);
        m_diagnostics->addItem(item);
        emit rendered(false);
        return;
    }
    const DeviceDesign input = *device;
    const QString outputStyle =
        m_style->currentText().isEmpty() ? plugin->styles.value(0) : m_style->currentText();
    const QString vendor = device->vendor;
    std::shared_ptr<const RendererRegistry> registry = m_registry;
    setBusy(true);
    auto *watcher = new QFutureWatcher<RenderOutcome>(this);
    connect(watcher, &QFutureWatcher<RenderOutcome>::finished, this,
            [this, watcher, id, vendor, name = device->name] {
                watcher->deleteLater();
                setBusy(false);
                if (id != m_renderId)
                    return; // another device or style was chosen meanwhile
                const RenderOutcome outcome = watcher->result();
                if (!outcome.rendering) {
                    clearRendering();
                    const QString error = tr("Device %1 was not rendered: %2").arg(name, outcome.error);
                    m_text->setPlaceholderText(error);
                    auto *item =
                        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), error);
                    item->setData(Qt::UserRole, name);
                    m_diagnostics->addItem(item);
                    emit rendered(false);
                    return;
                }
                m_rendering = *outcome.rendering;
                m_hasRendering = true;
                m_renderedVendor = vendor;
                for (const RenderDiagnostic &d : std::as_const(m_rendering.diagnostics)) {
                    const bool warning = d.severity == RenderDiagnostic::Severity::Warning;
                    auto *item = new QListWidgetItem(
                        style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                      : QStyle::SP_MessageBoxInformation),
                        (warning ? tr("warning: %1: %2") : tr("note: %1: %2")).arg(d.object, d.message));
                    item->setData(Qt::UserRole, name);
                    m_diagnostics->addItem(item);
                }
                if (m_rendering.diagnostics.isEmpty()) {
                    auto *item =
                        new QListWidgetItem(tr("The renderer has nothing to report for %1.").arg(name));
                    item->setData(Qt::UserRole, name);
                    m_diagnostics->addItem(item);
                }
                showRendering();
                emit rendered(true);
            });
    // The renderers are pure; a large PE's configuration still takes a moment.
    watcher->setFuture(QtConcurrent::run([registry, plugin, input, outputStyle] {
        RenderOutcome outcome;
        auto rendering = plugin->renderer->render(input, outputStyle);
        if (rendering)
            outcome.rendering = std::move(rendering.value());
        else
            outcome.error = rendering.error().message;
        return outcome;
    }));
}

QString ConfigPreviewPage::shownText() const
{
    if (!m_hasRendering)
        return {};
    return m_showRemoval->isChecked() ? m_rendering.removal : m_rendering.configuration;
}

void ConfigPreviewPage::showRendering()
{
    if (!m_hasRendering)
        return;
    if (m_highlighter->vendor() != m_renderedVendor) {
        m_text->clear(); // nothing to highlight again with the new rules
        m_highlighter->setVendor(m_renderedVendor);
    }
    m_text->setPlainText(shownText());
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
}

void ConfigPreviewPage::copy()
{
    const DeviceDesign *device = chosenDevice();
    if (!m_hasRendering || !device)
        return;
    QApplication::clipboard()->setText(shownText());
    m_banner->showInfo(m_showRemoval->isChecked()
                           ? tr("The removal of %1 was copied to the clipboard.").arg(device->name)
                           : tr("The configuration of %1 was copied to the clipboard.").arg(device->name));
}

void ConfigPreviewPage::save()
{
    const DeviceDesign *device = chosenDevice();
    if (!m_hasRendering || !device)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("ui/configFolder"), QDir::homePath()).toString();
    const QString suggested =
        device->name + (m_showRemoval->isChecked() ? QStringLiteral(".removal.cfg") : QStringLiteral(".cfg"));
    const QString path = QFileDialog::getSaveFileName(
        this,
        m_showRemoval->isChecked() ? tr("Save the removal of %1").arg(device->name)
                                   : tr("Save the configuration of %1").arg(device->name),
        QDir(folder).filePath(suggested), tr("Configuration files (*.cfg *.conf *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/configFolder"), QFileInfo(path).absolutePath());
    (void)saveTo(path); // the banner says what was saved or what failed
}

Status ConfigPreviewPage::saveTo(const QString &path)
{
    const DeviceDesign *device = chosenDevice();
    if (!m_hasRendering || !device) {
        const QString message = tr("There is nothing to save: choose a device first.");
        m_banner->showError(message);
        return Error::invalidInput(message);
    }
    const QString native = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(shownText().toUtf8()) < 0 || !file.commit()) {
        const QString message =
            tr("%1 could not be saved: %2. Nothing was written; choose another file or folder.")
                .arg(native, file.errorString());
        m_banner->showError(message);
        return Error::io(message);
    }
    m_banner->showInfo(m_showRemoval->isChecked()
                           ? tr("The removal of %1 was saved to %2.").arg(device->name, native)
                           : tr("The configuration of %1 was saved to %2.").arg(device->name, native));
    return Status::success();
}

} // namespace vpnwb
