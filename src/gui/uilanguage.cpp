#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace vpnwb {
namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}

} // namespace

QLocale UiLanguage::install(QCoreApplication &app, const QString &code)
{
    uninstall(app);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("vpnwb"), QStringLiteral("_"), QStringLiteral(":/vpnwb/i18n"))) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    return locale;
}

void UiLanguage::uninstall(QCoreApplication &)
{
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
}

} // namespace vpnwb
