#pragma once

#include "devicedesign.h"
#include "rendering.h"
#include "result.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace vpnwb {

class ConfigHighlighter;
class MessageBanner;
class RendererRegistry;
class WorkspaceSession;

// Step 6: the configuration preview. From the stored network design of the
// open engagement (as `vpnwb render` takes it: nothing is allocated), the
// page lists the devices the design touches; for the chosen device and
// style it shows the configuration or its removal, syntax-highlighted for
// the device's vendor, with the renderer's diagnostics beside it, and copies
// or saves the text. An engagement not designed yet, a design with blocking
// findings, a device whose vendor has no renderer and a renderer plugin that
// could not be loaded are said on the page. The design is read and each
// device rendered on worker threads; a result that arrives after a newer
// request is dropped.
class ConfigPreviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPreviewPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~ConfigPreviewPage() override;

    QComboBox *vendorCombo() const { return m_vendor; }
    QComboBox *deviceCombo() const { return m_device; }
    QComboBox *styleCombo() const { return m_style; }
    QRadioButton *configurationButton() const { return m_showConfiguration; }
    QRadioButton *removalButton() const { return m_showRemoval; }
    QPlainTextEdit *textView() const { return m_text; }
    QListWidget *diagnosticsList() const { return m_diagnostics; }
    QLabel *message() const { return m_message; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }
    ConfigHighlighter *highlighter() const { return m_highlighter; }
    // The text shown: the configuration or the removal of the chosen device.
    QString shownText() const;

    // Writes the shown text to `path` (whole or not at all); the banner says
    // what was saved or what failed.
    Status saveTo(const QString &path);

public slots:
    // Reads the design again (on a worker thread) and renders the chosen device.
    void reload();
    // Renders the chosen device in the chosen style (on a worker thread).
    void render();
    void copy();
    // Asks for a file and saves the shown text to it.
    void save();

signals:
    // The device list is filled (true) or the page says why there is none (false).
    void loaded(bool ok);
    // The chosen device was rendered (true) or its rendering was refused (false).
    void rendered(bool ok);
    // The user asked to go to another step of the flow (step 4 to design).
    void stepRequested(int step);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct LoadOutcome;

    void setLoaded(const LoadOutcome &outcome);
    void fillDevices();
    void deviceChosen();
    void showRendering();
    void setBusy(bool busy);
    void clearRendering();
    QString pluginProblems() const;
    const DeviceDesign *chosenDevice() const;

    WorkspaceSession &m_session;
    std::shared_ptr<const RendererRegistry> m_registry; // shared with running render jobs
    QList<DeviceDesign> m_devices;
    Rendering m_rendering;
    bool m_hasRendering = false;
    QString m_renderedVendor;
    quint64 m_loadId = 0;
    quint64 m_renderId = 0;
    int m_running = 0;

    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QComboBox *m_vendor = nullptr;
    QComboBox *m_device = nullptr;
    QComboBox *m_style = nullptr;
    QRadioButton *m_showConfiguration = nullptr;
    QRadioButton *m_showRemoval = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    MessageBanner *m_banner = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_diagnostics = nullptr;
    ConfigHighlighter *m_highlighter = nullptr;
};

} // namespace vpnwb
