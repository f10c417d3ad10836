#pragma once

#include <QSyntaxHighlighter>

namespace vpnwb {

// Colours a configuration difference as ConfigDiff writes it: added
// statements ("+ ") green, removed ones ("- ") red, changed ones ("~ ") amber.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace vpnwb
