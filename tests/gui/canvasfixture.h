#pragma once
// A workspace with the demo engagement, its serviceability checked, and the
// canvas's models and scene over it: what the canvas tests share.

#include "canvaspositions.h"
#include "database.h"
#include "demoengagement.h"
#include "engagementdocument.h"
#include "engagementrepository.h"
#include "nodeitem.h"
#include "popcatalog.h"
#include "serviceabilityengine.h"
#include "serviceabilityrepository.h"
#include "sitehoming.h"
#include "topologycontroller.h"
#include "topologyscene.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace vpnwb::test {

class CanvasFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("ws.vpnwb")));
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db.value());
        auto saved = EngagementRepository(*m_db).save(*DemoEngagement::load());
        ASSERT_TRUE(saved.ok());
        m_id = saved->id;
        m_catalog = *PopCatalog::builtIn();
        if (withServiceability()) {
            const ServiceabilityEngine engine(m_catalog);
            ASSERT_TRUE(ServiceabilityRepository(*m_db).save(m_id, engine.evaluate(*saved)).ok());
        }
        m_doc = std::make_unique<EngagementDocument>(*m_db);
        m_errors = std::make_unique<QSignalSpy>(m_doc.get(), &EngagementDocument::errorOccurred);
        m_homing = std::make_unique<SiteHoming>(*m_doc, m_catalog);
        m_positions = std::make_unique<CanvasPositions>(*m_doc);
        m_scene = std::make_unique<TopologyScene>();
        m_controller = std::make_unique<TopologyController>(*m_doc, *m_homing, *m_positions, *m_scene);
        ASSERT_TRUE(m_doc->open(m_id).ok());
        m_controller->flush();
    }

    void TearDown() override
    {
        // The undo stack's commands refer to the models: clear it before they go.
        if (m_doc)
            m_doc->undoStack()->clear();
    }

    virtual bool withServiceability() const { return true; }

    Engagement stored() const { return *EngagementRepository(*m_db).load(m_id); }
    QPointF itemPos(const QString &itemId) const
    {
        NodeItem *item = m_scene->item(itemId);
        return item ? item->pos() : QPointF(qQNaN(), qQNaN());
    }
    // Lets queued scene updates run.
    void settle()
    {
        QCoreApplication::processEvents();
        m_controller->flush();
    }
    QString lastError() const
    {
        return m_errors->isEmpty() ? QString() : m_errors->constLast().constFirst().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_id = 0;
    PopCatalog m_catalog;
    std::unique_ptr<EngagementDocument> m_doc;
    std::unique_ptr<QSignalSpy> m_errors;
    std::unique_ptr<SiteHoming> m_homing;
    std::unique_ptr<CanvasPositions> m_positions;
    std::unique_ptr<TopologyScene> m_scene;
    std::unique_ptr<TopologyController> m_controller;
};

} // namespace vpnwb::test
