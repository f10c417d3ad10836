#include "diffhighlighter.h"

#include <QColor>
#include <QTextCharFormat>

namespace vpnwb {

DiffHighlighter::DiffHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void DiffHighlighter::highlightBlock(const QString &text)
{
    QColor colour;
    if (text.startsWith(QLatin1String("+ ")))
        colour = QColor(0x1e, 0x7d, 0x32);
    else if (text.startsWith(QLatin1String("- ")))
        colour = QColor(0xb0, 0x1c, 0x1c);
    else if (text.startsWith(QLatin1String("~ ")))
        colour = QColor(0xa0, 0x60, 0x00);
    else
        return;
    QTextCharFormat format;
    format.setForeground(colour);
    setFormat(0, int(text.size()), format);
}

} // namespace vpnwb
