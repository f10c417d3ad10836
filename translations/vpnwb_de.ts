<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessType</name>
    <message>
        <source>Fiber</source>
        <translation>Glasfaser</translation>
    </message>
    <message>
        <source>Ethernet over copper</source>
        <translation>Ethernet über Kupfer</translation>
    </message>
    <message>
        <source>DSL</source>
        <translation>DSL</translation>
    </message>
    <message>
        <source>4G/LTE</source>
        <translation>4G/LTE</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 Gb/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kbit/s</translation>
    </message>
</context>
<context>
    <name>CanvasExporter</name>
    <message>
        <source>%1 × %2 is not a picture size the canvas can be drawn at (%3 to %4 on each side).</source>
        <translation>%1 × %2 ist keine Bildgröße, in der die Zeichenfläche gezeichnet werden kann (%3 bis %4 je Seite).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>VPN topology</source>
        <translation>VPN-Topologie</translation>
    </message>
    <message>
        <source>Topology canvas exported by VPN Workbench</source>
        <translation>Topologie-Zeichenfläche, exportiert von VPN Workbench</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG generator did not start</source>
        <translation>%1 kann nicht geschrieben werden: der SVG-Generator startete nicht</translation>
    </message>
</context>
<context>
    <name>CanvasLegend</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Hub site</source>
        <translation>Hub-Standort</translation>
    </message>
    <message>
        <source>PE router (light: none homed)</source>
        <translation>PE-Router (hell: keiner angebunden)</translation>
    </message>
    <message>
        <source>Any-to-any VPN</source>
        <translation>Any-to-Any-VPN</translation>
    </message>
    <message>
        <source>Unserviceable site</source>
        <translation>Nicht versorgbarer Standort</translation>
    </message>
    <message>
        <source>Changed since checked</source>
        <translation>Seit der Prüfung geändert</translation>
    </message>
    <message>
        <source>Spoke to hub (VPN)</source>
        <translation>Spoke zum Hub (VPN)</translation>
    </message>
    <message>
        <source>Partner (off-net) access</source>
        <translation>Partnerzugang (Off-Net)</translation>
    </message>
    <message>
        <source>Dual-homed access</source>
        <translation>Doppelt angebundener Zugang</translation>
    </message>
    <message>
        <source>Into an any-to-any VPN</source>
        <translation>In ein Any-to-Any-VPN</translation>
    </message>
    <message>
        <source>The thicker an access line, the more bandwidth.</source>
        <translation>Je dicker eine Zugangslinie, desto mehr Bandbreite.</translation>
    </message>
    <message>
        <source>Thicker lines: more bandwidth.</source>
        <translation>Dickere Linien: mehr Bandbreite.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>CeRouting</name>
    <message>
        <source>BGP</source>
        <translation>BGP</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
</context>
<context>
    <name>FlowStep</name>
    <message>
        <source>Enterprise RFP &amp; Solution Design</source>
        <translation>Ausschreibung &amp; Lösungsdesign</translation>
    </message>
    <message>
        <source>BSS</source>
        <translation>BSS</translation>
    </message>
    <message>
        <source>CRM, Solution Design Tool, Serviceability Engine</source>
        <translation>CRM, Lösungsdesign-Werkzeug, Verfügbarkeitsprüfung</translation>
    </message>
    <message>
        <source>CRM &amp; Retention Management</source>
        <translation>CRM &amp; Kundenbindung</translation>
    </message>
    <message>
        <source>Manage Customer Interaction</source>
        <translation>Kundeninteraktion steuern</translation>
    </message>
    <message>
        <source>Site intake from CSV or IETF L3SM, serviceability against the PoP catalog, topology choice and the topology canvas.</source>
        <translation>Standorterfassung aus CSV oder IETF L3SM, Verfügbarkeitsprüfung gegen den PoP-Katalog, Wahl der Topologie und die Topologie-Zeichenfläche.</translation>
    </message>
    <message>
        <source>Configure &amp; Price VPN Solution</source>
        <translation>VPN-Lösung konfigurieren &amp; bepreisen</translation>
    </message>
    <message>
        <source>CPQ, Product Catalog, Pricing Engine, Proposal Generator</source>
        <translation>CPQ, Produktkatalog, Preisberechnung, Angebotserstellung</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Negotiate Sale</source>
        <translation>Verkauf verhandeln</translation>
    </message>
    <message>
        <source>Product catalog, per-site pricing, discount approvals and the proposal PDF.</source>
        <translation>Produktkatalog, Preise je Standort, Rabattfreigaben und das Angebots-PDF.</translation>
    </message>
    <message>
        <source>Contract Signing &amp; Order Capture</source>
        <translation>Vertragsabschluss &amp; Auftragserfassung</translation>
    </message>
    <message>
        <source>COM, CRM, Contract Management, Product Catalog</source>
        <translation>COM, CRM, Vertragsverwaltung, Produktkatalog</translation>
    </message>
    <message>
        <source>Order Handling</source>
        <translation>Auftragsabwicklung</translation>
    </message>
    <message>
        <source>Issue Customer Orders</source>
        <translation>Kundenaufträge erteilen</translation>
    </message>
    <message>
        <source>Contract signature and the customer order (TMF622).</source>
        <translation>Vertragsunterzeichnung und der Kundenauftrag (TMF622).</translation>
    </message>
    <message>
        <source>Service Decomposition &amp; VRF Design</source>
        <translation>Dienstzerlegung &amp; VRF-Design</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>SOM, Service Catalog, IPAM, Network Design Tool</source>
        <translation>SOM, Dienstkatalog, IPAM, Netzplanungswerkzeug</translation>
    </message>
    <message>
        <source>Service Configuration &amp; Activation</source>
        <translation>Dienstkonfiguration &amp; Aktivierung</translation>
    </message>
    <message>
        <source>Design Solution</source>
        <translation>Lösung entwerfen</translation>
    </message>
    <message>
        <source>VRFs, route distinguishers and targets, link addressing, ports and VLANs, with the design validator and IETF L3NM export.</source>
        <translation>VRFs, Route Distinguisher und Route Targets, Link-Adressierung, Ports und VLANs, mit Designprüfung und IETF-L3NM-Export.</translation>
    </message>
    <message>
        <source>QoS &amp; Policy Configuration Design</source>
        <translation>QoS- &amp; Richtlinien-Design</translation>
    </message>
    <message>
        <source>SOM, Service Inventory, Policy Engine, QoS Designer</source>
        <translation>SOM, Dienstinventar, Richtlinien-Engine, QoS-Designer</translation>
    </message>
    <message>
        <source>Allocate &amp; Install Service</source>
        <translation>Dienst zuteilen &amp; installieren</translation>
    </message>
    <message>
        <source>QoS class models, per-site allocations and routing policy.</source>
        <translation>QoS-Klassenmodelle, Zuteilungen je Standort und Routing-Richtlinien.</translation>
    </message>
    <message>
        <source>PE Router &amp; CPE Provisioning</source>
        <translation>PE-Router- &amp; CPE-Provisionierung</translation>
    </message>
    <message>
        <source>ROM, NSO/NETCONF, PE Routers, CPE Management, Field Ops</source>
        <translation>ROM, NSO/NETCONF, PE-Router, CPE-Verwaltung, Außendienst</translation>
    </message>
    <message>
        <source>Resource Provisioning</source>
        <translation>Ressourcenbereitstellung</translation>
    </message>
    <message>
        <source>Configure &amp; Activate Resource</source>
        <translation>Ressource konfigurieren &amp; aktivieren</translation>
    </message>
    <message>
        <source>Multi-vendor configuration preview and the transactional push over SSH and NETCONF.</source>
        <translation>Konfigurationsvorschau für mehrere Hersteller und die transaktionale Übertragung per SSH und NETCONF.</translation>
    </message>
    <message>
        <source>Site Installation &amp; Turn-Up</source>
        <translation>Standortinstallation &amp; Inbetriebnahme</translation>
    </message>
    <message>
        <source>Field Dispatch, CPE Management, Network Testing, ROM</source>
        <translation>Außendiensteinsatz, CPE-Verwaltung, Netztests, ROM</translation>
    </message>
    <message>
        <source>Field dispatch, CPE turn-up and acceptance tests per site.</source>
        <translation>Außendiensteinsatz, CPE-Inbetriebnahme und Abnahmetests je Standort.</translation>
    </message>
    <message>
        <source>Inventory &amp; Billing Activation</source>
        <translation>Inventar- &amp; Abrechnungsaktivierung</translation>
    </message>
    <message>
        <source>BSS + OSS</source>
        <translation>BSS + OSS</translation>
    </message>
    <message>
        <source>Service/Resource/Product Inventory, Billing</source>
        <translation>Dienst-/Ressourcen-/Produktinventar, Abrechnung</translation>
    </message>
    <message>
        <source>Billing &amp; Revenue Management</source>
        <translation>Abrechnung &amp; Erlösmanagement</translation>
    </message>
    <message>
        <source>Apply Pricing, Discounting &amp; Rating</source>
        <translation>Preise, Rabatte &amp; Tarifierung anwenden</translation>
    </message>
    <message>
        <source>Service and resource inventory records (TMF638/639) and billing activation.</source>
        <translation>Dienst- und Ressourceninventar (TMF638/639) und Aktivierung der Abrechnung.</translation>
    </message>
    <message>
        <source>Enterprise Handover &amp; SLA Baseline</source>
        <translation>Übergabe an den Kunden &amp; SLA-Basislinie</translation>
    </message>
    <message>
        <source>CRM, SLA Management, Customer Portal, Service Desk</source>
        <translation>CRM, SLA-Verwaltung, Kundenportal, Service Desk</translation>
    </message>
    <message>
        <source>Complete Customer Order</source>
        <translation>Kundenauftrag abschließen</translation>
    </message>
    <message>
        <source>Handover pack and the SLA baseline measured per site.</source>
        <translation>Übergabeunterlagen und die je Standort gemessene SLA-Basislinie.</translation>
    </message>
    <message>
        <source>Proactive VPN Monitoring</source>
        <translation>Proaktive VPN-Überwachung</translation>
    </message>
    <message>
        <source>Assurance, Performance Management, SLA Manager, NOC</source>
        <translation>Service Assurance, Leistungsmanagement, SLA-Manager, NOC</translation>
    </message>
    <message>
        <source>Service Quality Management</source>
        <translation>Dienstqualitätsmanagement</translation>
    </message>
    <message>
        <source>Monitor Service Quality</source>
        <translation>Dienstqualität überwachen</translation>
    </message>
    <message>
        <source>Live SLA charts, alarms and reports.</source>
        <translation>Live-SLA-Diagramme, Alarme und Berichte.</translation>
    </message>
</context>
<context>
    <name>Resiliency</name>
    <message>
        <source>Dual-homed</source>
        <translation>Doppelt angebunden</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Einfach</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Standard-&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Built-in location</source>
        <translation>Eingebauter Speicherort</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Arbeitsbereichsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace and engagement at start</source>
        <translation>Letzten Arbeitsbereich und letztes Projekt beim Start &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>Eine geänderte Sprache gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>SiteRole</name>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>Any-to-any</source>
        <translation>Any-to-Any</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
</context>
<context>
    <name>VpnTopology</name>
    <message>
        <source>Any-to-any</source>
        <translation>Any-to-Any</translation>
    </message>
    <message>
        <source>Hub-and-spoke</source>
        <translation>Hub-and-Spoke</translation>
    </message>
    <message>
        <source>Hub-and-spoke (disjoint)</source>
        <translation>Hub-and-Spoke (disjunkt)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VPN Workbench</source>
        <translation>VPN Workbench</translation>
    </message>
</context>
<context>
    <name>vpnwb::CanvasPositions</name>
    <message>
        <source>The canvas position of site %1 could not be read: %2</source>
        <translation>Die Position von Standort %1 auf der Zeichenfläche konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The canvas layout was not saved: %1</source>
        <translation>Die Anordnung der Zeichenfläche wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The canvas layout of “%1” could not be read, so the canvas shows the geographic layout: %2</source>
        <translation>Die Anordnung der Zeichenfläche von „%1“ konnte nicht gelesen werden, daher zeigt sie die geografische Anordnung: %2</translation>
    </message>
</context>
<context>
    <name>vpnwb::ConfigPreviewPage</name>
    <message>
        <source>step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <source>Show the devices of one vendor only</source>
        <translation>Nur die Geräte eines Herstellers zeigen</translation>
    </message>
    <message>
        <source>The renderer&apos;s output style (Junos: hierarchical or set commands)</source>
        <translation>Ausgabestil des Renderers (Junos: hierarchisch oder set-Befehle)</translation>
    </message>
    <message>
        <source>&amp;Removal</source>
        <translation>&amp;Entfernung</translation>
    </message>
    <message>
        <source>The configuration that takes exactly this service off the device again</source>
        <translation>Die Konfiguration, die genau diesen Dienst wieder vom Gerät entfernt</translation>
    </message>
    <message>
        <source>Copy the text shown to the clipboard</source>
        <translation>Den angezeigten Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save the text shown to a file</source>
        <translation>Den angezeigten Text in einer Datei speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diagnostics&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hinweise&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Renderer plugin %1 was not loaded: %2</source>
        <translation>Das Renderer-Plugin %1 wurde nicht geladen: %2</translation>
    </message>
    <message>
        <source>The design of %1 touches %2 device(s): %3 PE router(s) and %4 CPE(s). Choose a device to see its configuration.</source>
        <translation>Das Design von %1 betrifft %2 Gerät(e): %3 PE-Router und %4 CPE(s). Wählen Sie ein Gerät, um seine Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>%1 has not been designed yet, so there is no configuration to preview. Design it on %2 first.</source>
        <translation>%1 wurde noch nicht entworfen, daher gibt es keine Konfiguration zur Vorschau. Entwerfen Sie es zuerst in %2.</translation>
    </message>
    <message>
        <source>The design of %1 lacks %2 value(s) (e.g. %3), so nothing is rendered. Run Design again on %4.</source>
        <translation>Dem Design von %1 fehlen %2 Wert(e) (z. B. %3), daher wird nichts erzeugt. Führen Sie »Entwerfen« in %4 erneut aus.</translation>
    </message>
    <message>
        <source>The design of %1 has %2 blocking finding(s), so nothing is rendered. Resolve them on %3:</source>
        <translation>Das Design von %1 hat %2 blockierende(n) Befund(e), daher wird nichts erzeugt. Beheben Sie sie in %3:</translation>
    </message>
    <message>
        <source>… and %1 more (all are listed under Diagnostics).</source>
        <translation>… und %1 weitere (alle stehen unter Hinweise).</translation>
    </message>
    <message>
        <source>blocking: %1</source>
        <translation>blockierend: %1</translation>
    </message>
    <message>
        <source>The design of %1 could not be read: %2</source>
        <translation>Das Design von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <source>%1 (no renderer)</source>
        <translation>%1 (kein Renderer)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>No device chosen.</source>
        <translation>Kein Gerät gewählt.</translation>
    </message>
    <message>
        <source>Device %1 cannot be rendered: there is no renderer for its vendor &apos;%2&apos;. Renderers available: %3.</source>
        <translation>Gerät %1 kann nicht erzeugt werden: Für seinen Hersteller »%2« gibt es keinen Renderer. Verfügbare Renderer: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Device %1 was not rendered: %2</source>
        <translation>Gerät %1 wurde nicht erzeugt: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
    <message>
        <source>The renderer has nothing to report for %1.</source>
        <translation>Der Renderer hat zu %1 nichts zu melden.</translation>
    </message>
    <message>
        <source>The removal of %1 was copied to the clipboard.</source>
        <translation>Die Entfernung von %1 wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The configuration of %1 was copied to the clipboard.</source>
        <translation>Die Konfiguration von %1 wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save the removal of %1</source>
        <translation>Entfernung von %1 speichern</translation>
    </message>
    <message>
        <source>Save the configuration of %1</source>
        <translation>Konfiguration von %1 speichern</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.conf *.txt);;All files (*)</source>
        <translation>Konfigurationsdateien (*.cfg *.conf *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is nothing to save: choose a device first.</source>
        <translation>Es gibt nichts zu speichern: Wählen Sie zuerst ein Gerät.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was written; choose another file or folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Es wurde nichts geschrieben; wählen Sie eine andere Datei oder einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The removal of %1 was saved to %2.</source>
        <translation>Die Entfernung von %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The configuration of %1 was saved to %2.</source>
        <translation>Die Konfiguration von %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>C&amp;onfiguration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Speicher&amp;n…</translation>
    </message>
    <message>
        <source>Ve&amp;ndor:</source>
        <translation>Herste&amp;ller:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Ge&amp;rät:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>Sti&amp;l:</translation>
    </message>
    <message>
        <source>Nothing is rendered: the message above says why.</source>
        <translation>Es wird nichts erzeugt: Die Meldung oben sagt, warum.</translation>
    </message>
</context>
<context>
    <name>vpnwb::ConsoleDeviceModel</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>diffing</source>
        <translation>vergleicht</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>überträgt</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>wird zurückgesetzt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>vpnwb::DesignTableModel</name>
    <message>
        <source>%1 Gb/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>any-to-any</source>
        <translation>any-to-any</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <source>VRF</source>
        <translation>VRF</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>RD</source>
        <translation>RD</translation>
    </message>
    <message>
        <source>Import RTs</source>
        <translation>Import-RTs</translation>
    </message>
    <message>
        <source>Export RTs</source>
        <translation>Export-RTs</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>Max. routes</source>
        <translation>Max. Routen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Homing</source>
        <translation>Anbindung</translation>
    </message>
    <message>
        <source>Sub-interface</source>
        <translation>Subinterface</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>PE address</source>
        <translation>PE-Adresse</translation>
    </message>
    <message>
        <source>CE address</source>
        <translation>CE-Adresse</translation>
    </message>
    <message>
        <source>PE-CE routing</source>
        <translation>PE-CE-Routing</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>Belegt %</translation>
    </message>
    <message>
        <source>This engagement</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Shaper</source>
        <translation>Shaper</translation>
    </message>
    <message>
        <source>EF policer</source>
        <translation>EF-Policer</translation>
    </message>
    <message>
        <source>Class shares</source>
        <translation>Klassenanteile</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Route targets</source>
        <translation>Route Targets</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>eBGP, AS %1</source>
        <translation>eBGP, AS %1</translation>
    </message>
    <message>
        <source>, as-override</source>
        <translation>, as-override</translation>
    </message>
    <message>
        <source>, allowas-in</source>
        <translation>, allowas-in</translation>
    </message>
    <message>
        <source>, SoO %1</source>
        <translation>, SoO %1</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>accept: %1</source>
        <translation>annehmen: %1</translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation>setzen: %1</translation>
    </message>
    <message>
        <source>%1 — overridden</source>
        <translation>%1 — überschrieben</translation>
    </message>
    <message>
        <source>%1 — double-click to override</source>
        <translation>%1 — Doppelklick zum Überschreiben</translation>
    </message>
</context>
<context>
    <name>vpnwb::DeviceInventoryModel</name>
    <message>
        <source>Add device %1</source>
        <translation>Gerät %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>The vault secret that holds the key&apos;s passphrase; empty for a key without one</source>
        <translation>Das Tresor-Geheimnis mit der Passphrase des Schlüssels; leer für einen Schlüssel ohne Passphrase</translation>
    </message>
    <message>
        <source>The name of the vault secret holding the password (never the password itself)</source>
        <translation>Der Name des Tresor-Geheimnisses mit dem Passwort (nie das Passwort selbst)</translation>
    </message>
    <message>
        <source>With the login “key”: the private key file</source>
        <translation>Bei der Anmeldung „key“: die Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>SSH CLI</source>
        <translation>SSH-CLI</translation>
    </message>
    <message>
        <source>NETCONF</source>
        <translation>NETCONF</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>vpnwb::EngagementDocument</name>
    <message>
        <source>Site %1 was not changed: %2</source>
        <translation>Standort %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Set step %1 to %2</source>
        <translation>Schritt %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <source>The change to site %1 was not saved: %2</source>
        <translation>Die Änderung an Standort %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The status of step %1 was not saved: %2</source>
        <translation>Der Status von Schritt %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>No site was removed: %1</source>
        <translation>Es wurde kein Standort entfernt: %1</translation>
    </message>
    <message>
        <source>Remove site %1</source>
        <translation>Standort %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n site(s)</source>
        <translation>
            <numerusform>%n Standort entfernen</numerusform>
            <numerusform>%n Standorte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the role of site %1 to %2</source>
        <translation>Rolle von Standort %1 auf „%2“ setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n site(s) to %1</source>
        <translation>
            <numerusform>Rolle von %n Standort auf „%1“ setzen</numerusform>
            <numerusform>Rolle von %n Standorten auf „%1“ setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Make VPN %1 %2</source>
        <translation>VPN %1 zu „%2“ machen</translation>
    </message>
    <message>
        <source>Take site %1 out of VPN %2</source>
        <translation>Standort %1 aus VPN %2 nehmen</translation>
    </message>
    <message>
        <source>Site %1 was not made a hub of VPN %2: it has two hubs already (%3); make one of them a spoke first.</source>
        <translation>Standort %1 wurde nicht Hub von VPN %2: es hat schon zwei Hubs (%3); machen Sie zuerst einen davon zum Spoke.</translation>
    </message>
    <message>
        <source>Add site %1 to VPN %2 as %3</source>
        <translation>Standort %1 als „%3“ zu VPN %2 hinzufügen</translation>
    </message>
    <message>
        <source>Make site %1 %2 in VPN %3</source>
        <translation>Standort %1 in VPN %3 zu „%2“ machen</translation>
    </message>
    <message>
        <source>VPN %1 cannot offer shared services to itself.</source>
        <translation>VPN %1 kann sich selbst keine gemeinsamen Dienste anbieten.</translation>
    </message>
    <message>
        <source>VPN %1 cannot offer shared services to %2: there is no VPN %2 in this engagement.</source>
        <translation>VPN %1 kann %2 keine gemeinsamen Dienste anbieten: es gibt kein VPN %2 in diesem Projekt.</translation>
    </message>
    <message>
        <source>VPN %1 offers no shared services</source>
        <translation>VPN %1 bietet keine gemeinsamen Dienste an</translation>
    </message>
    <message>
        <source>VPN %1 offers shared services to %2</source>
        <translation>VPN %1 bietet %2 gemeinsame Dienste an</translation>
    </message>
    <message>
        <source>The VPN was not added: it needs an id.</source>
        <translation>Das VPN wurde nicht hinzugefügt: es braucht eine Kennung.</translation>
    </message>
    <message>
        <source>The VPN was not added: there is a VPN %1 already.</source>
        <translation>Das VPN wurde nicht hinzugefügt: es gibt schon ein VPN %1.</translation>
    </message>
    <message>
        <source>Add VPN %1</source>
        <translation>VPN %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove VPN %1</source>
        <translation>VPN %1 entfernen</translation>
    </message>
    <message>
        <source>The sites %1 were not removed: %2</source>
        <translation>Die Standorte %1 wurden nicht entfernt: %2</translation>
    </message>
    <message>
        <source>The sites %1 were not restored: %2</source>
        <translation>Die Standorte %1 wurden nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>The change to the sites and VPNs was not saved: %1</source>
        <translation>Die Änderung an Standorten und VPNs wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 not made a hub: VPN %2 would have %3 hubs, and a hub-and-spoke VPN has one or two. Make one of its hubs a spoke first.</source>
        <translation>%1 nicht zum Hub gemacht: VPN %2 hätte %3 Hubs, und ein Hub-and-Spoke-VPN hat einen oder zwei. Machen Sie zuerst einen seiner Hubs zum Spoke.</translation>
    </message>
</context>
<context>
    <name>vpnwb::ExchangeActions</name>
    <message>
        <source>Import &amp;Sites from CSV…</source>
        <translation>&amp;Standorte aus CSV importieren…</translation>
    </message>
    <message>
        <source>Create an engagement from a customer&apos;s site list (docs/SITE_CSV.md)</source>
        <translation>Ein Projekt aus der Standortliste eines Kunden anlegen (docs/SITE_CSV.md)</translation>
    </message>
    <message>
        <source>Import IETF &amp;L3SM…</source>
        <translation>IETF-&amp;L3SM importieren…</translation>
    </message>
    <message>
        <source>Create an engagement from an RFC 8299 L3VPN service model (JSON)</source>
        <translation>Ein Projekt aus einem L3VPN-Dienstmodell nach RFC 8299 (JSON) anlegen</translation>
    </message>
    <message>
        <source>&amp;Export IETF L3SM…</source>
        <translation>IETF-L3SM &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the open engagement as an RFC 8299 L3VPN service model (JSON)</source>
        <translation>Das offene Projekt als L3VPN-Dienstmodell nach RFC 8299 (JSON) schreiben</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No engagement is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import Sites</source>
        <translation>Standorte importieren</translation>
    </message>
    <message>
        <source>Site lists (*.csv);;All files (*)</source>
        <translation>Standortlisten (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Kundenname:</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: some rows have errors.</source>
        <translation>Aus %1 wurde nichts importiert: einige Zeilen sind fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Valid Row(s)</source>
        <translation>
            <numerusform>Die %n gültige Zeile importieren</numerusform>
            <numerusform>Die %n gültigen Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the sites of %1.</source>
        <translation>Die Standorte aus %1 wurden importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the sites of %1; skipped %n row(s): %2</source>
        <translation>
            <numerusform>Die Standorte aus %1 wurden importiert; %n Zeile übersprungen: %2</numerusform>
            <numerusform>Die Standorte aus %1 wurden importiert; %n Zeilen übersprungen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import IETF L3SM</source>
        <translation>IETF-L3SM importieren</translation>
    </message>
    <message>
        <source>L3SM JSON (*.json);;All files (*)</source>
        <translation>L3SM-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 wurde importiert.</translation>
    </message>
    <message>
        <source>Imported %1; not kept: %2</source>
        <translation>%1 wurde importiert; nicht übernommen: %2</translation>
    </message>
    <message>
        <source>Export IETF L3SM</source>
        <translation>IETF-L3SM exportieren</translation>
    </message>
    <message>
        <source>L3SM JSON (*.json)</source>
        <translation>L3SM-JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 wurde geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1; L3SM has no place for: %2</source>
        <translation>%1 wurde geschrieben; L3SM hat keinen Platz für: %2</translation>
    </message>
</context>
<context>
    <name>vpnwb::FlowStepModel</name>
    <message>
        <source>%1
Owner: %2
Systems: %3
eTOM: %4 › %5
Status: %6</source>
        <translation>%1
Zuständig: %2
Systeme: %3
eTOM: %4 › %5
Status: %6</translation>
    </message>
</context>
<context>
    <name>vpnwb::HostKeyPrompt</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Host key refused</source>
        <translation>Host-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was recorded. Someone may be intercepting the connection, or the device was replaced. Nothing is sent to it. If the change is expected, remove its old key from the workspace&apos;s known_hosts file first.</source>
        <translation>Der Host-Schlüssel von %1 hat sich seit der Aufzeichnung GEÄNDERT. Jemand könnte die Verbindung abfangen, oder das Gerät wurde ersetzt. Es wird nichts an das Gerät gesendet. Ist die Änderung erwartet, entfernen Sie zuerst seinen alten Schlüssel aus der known_hosts-Datei des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>%1 offered a key of another type than the one recorded for it. Nothing is sent to it. If this is expected, remove its old key from the workspace&apos;s known_hosts file first.</source>
        <translation>%1 hat einen Schlüssel eines anderen Typs angeboten als den aufgezeichneten. Es wird nichts an das Gerät gesendet. Ist das erwartet, entfernen Sie zuerst seinen alten Schlüssel aus der known_hosts-Datei des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The workbench has never connected to %1. Compare the fingerprint below with the one the device shows (e.g. with ssh-keygen -l on it) before you accept it; an accepted key is recorded and checked on every later connection.</source>
        <translation>Die Workbench war noch nie mit %1 verbunden. Vergleichen Sie den Fingerabdruck unten mit dem, den das Gerät zeigt (z. B. mit ssh-keygen -l auf dem Gerät), bevor Sie ihn akzeptieren; ein akzeptierter Schlüssel wird aufgezeichnet und bei jeder späteren Verbindung geprüft.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Accept and record</source>
        <translation>&amp;Akzeptieren und aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Trust this key for %1 and record it in the workspace&apos;s known_hosts file</source>
        <translation>Diesem Schlüssel für %1 vertrauen und ihn in der known_hosts-Datei des Arbeitsbereichs aufzeichnen</translation>
    </message>
    <message>
        <source>Do not connect; nothing is sent to any device</source>
        <translation>Nicht verbinden; an kein Gerät wird etwas gesendet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>vpnwb::InventoryEditorDialog</name>
    <message>
        <source>&amp;Add device</source>
        <translation>Gerät &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A new device after the last one (Ctrl+N)</source>
        <translation>Ein neues Gerät nach dem letzten (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected devices out (Delete)</source>
        <translation>Die ausgewählten Geräte entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Draft from the design</source>
        <translation>Aus dem &amp;Design entwerfen</translation>
    </message>
    <message>
        <source>Every PE and CPE of the design at its loopback, replacing the table (undoable)</source>
        <translation>Jeder PE und jedes CPE des Designs an seiner Loopback-Adresse; ersetzt die Tabelle (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The inventory has changes that are not saved. Close it and lose them?</source>
        <translation>Das Inventar hat ungespeicherte Änderungen. Schließen und sie verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) from %1. Double-click a cell to change it.</source>
        <translation>
            <numerusform>%n Gerät aus %1. Doppelklick auf eine Zelle ändert sie.</numerusform>
            <numerusform>%n Geräte aus %1. Doppelklick auf eine Zelle ändert sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The table starts empty; saving replaces the file.</source>
        <translation>%1 Die Tabelle beginnt leer; Speichern ersetzt die Datei.</translation>
    </message>
    <message>
        <source>A new inventory: add devices or draft them from the design, then save.</source>
        <translation>Ein neues Inventar: Geräte hinzufügen oder aus dem Design entwerfen, dann speichern.</translation>
    </message>
    <message>
        <source>Not saved: device %1 (row %2), %3</source>
        <translation>Nicht gespeichert: Gerät %1 (Zeile %2), %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: cannot write %1: %2</source>
        <translation>Nicht gespeichert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n device(s) to %1.</source>
        <translation>
            <numerusform>%n Gerät in %1 gespeichert.</numerusform>
            <numerusform>%n Geräte in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the device inventory</source>
        <translation>Das Geräteinventar speichern</translation>
    </message>
    <message>
        <source>Device inventories (*.json);;All files (*)</source>
        <translation>Geräteinventare (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Draft from the design</source>
        <translation>Entwurf aus dem Design</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) drafted from the design, each at its loopback: check the addresses and the logins, then save (Ctrl+Z takes the draft back).</source>
        <translation>
            <numerusform>%n Gerät aus dem Design entworfen, an seiner Loopback-Adresse: Adressen und Anmeldungen prüfen, dann speichern (Strg+Z nimmt den Entwurf zurück).</numerusform>
            <numerusform>%n Geräte aus dem Design entworfen, jedes an seiner Loopback-Adresse: Adressen und Anmeldungen prüfen, dann speichern (Strg+Z nimmt den Entwurf zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>new inventory</source>
        <translation>neues Inventar</translation>
    </message>
    <message>
        <source>Device inventory — %1%2</source>
        <translation>Geräteinventar — %1%2</translation>
    </message>
</context>
<context>
    <name>vpnwb::MainWindow</name>
    <message>
        <source>Activation flow</source>
        <translation>Aktivierungsablauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Create &amp;Demo Engagement</source>
        <translation>&amp;Demo-Projekt anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About VPN Workbench</source>
        <translation>&amp;Über VPN Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source> Engagement: </source>
        <translation> Projekt: </translation>
    </message>
    <message>
        <source>Switch to another engagement of this workspace</source>
        <translation>Zu einem anderen Projekt dieses Arbeitsbereichs wechseln</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Created the demo engagement “%1” with %2 sites.</source>
        <translation>Demo-Projekt „%1“ mit %2 Standorten angelegt.</translation>
    </message>
    <message>
        <source>%1 — %2 sites</source>
        <translation>%1 — %2 Standorte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>VPN Workbench</source>
        <translation>VPN Workbench</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb)</source>
        <translation>VPN-Workbench-Arbeitsbereiche (*.vpnwb)</translation>
    </message>
    <message>
        <source>%1 exists already; open it with File › Open Workspace.</source>
        <translation>%1 existiert bereits; öffnen Sie die Datei mit Datei › Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb);;All files (*)</source>
        <translation>VPN-Workbench-Arbeitsbereiche (*.vpnwb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About VPN Workbench</source>
        <translation>Über VPN Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPN Workbench %1&lt;/h3&gt;&lt;p&gt;Takes an enterprise customer&apos;s multi-site MPLS L3VPN from the RFP to a monitored service: solution design, pricing, order, VRF and QoS design, provisioning, turn-up, activation, handover and monitoring in one place.&lt;/p&gt;&lt;p&gt;Speaks IETF L3SM (RFC 8299), L3NM (RFC 9182) and TM Forum Open APIs.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPN Workbench %1&lt;/h3&gt;&lt;p&gt;Bringt das MPLS-L3VPN eines Geschäftskunden über viele Standorte von der Ausschreibung bis zum überwachten Dienst: Lösungsdesign, Preise, Auftrag, VRF- und QoS-Design, Provisionierung, Inbetriebnahme, Aktivierung, Übergabe und Überwachung an einem Ort.&lt;/p&gt;&lt;p&gt;Spricht IETF L3SM (RFC 8299), L3NM (RFC 9182) und die Open APIs des TM Forum.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Configuration preview</source>
        <translation>Konfigurationsvorschau</translation>
    </message>
    <message>
        <source>Provisioning console</source>
        <translation>Provisionierungskonsole</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>Ein Auftrag läuft</translation>
    </message>
    <message>
        <source>The provisioning console is working on the devices. Cancel the job (Esc) and wait until it has ended before closing.</source>
        <translation>Die Provisionierungskonsole arbeitet an den Geräten. Brechen Sie den Auftrag ab (Esc) und warten Sie, bis er beendet ist, bevor Sie schließen.</translation>
    </message>
</context>
<context>
    <name>vpnwb::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>vpnwb::NetworkDesignPage</name>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwerfen</translation>
    </message>
    <message>
        <source>Allocate RDs, RTs, addresses, ports and VLANs from the provider pools, derive the rest and check the design</source>
        <translation>RDs, RTs, Adressen, Ports und VLANs aus den Pools des Providers zuteilen, den Rest ableiten und das Design prüfen</translation>
    </message>
    <message>
        <source>VRFs</source>
        <translation>VRFs</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt; — double-click one to show its object</source>
        <translation>&lt;b&gt;Befunde&lt;/b&gt; — Doppelklick zeigt das betroffene Objekt</translation>
    </message>
    <message>
        <source>%1 VRF(s) on %2 PE(s), %3 attachment(s), %4 value(s) held; %5 blocking finding(s), %6 warning(s).</source>
        <translation>%1 VRF(s) auf %2 PE(s), %3 Anschluss/Anschlüsse, %4 Wert(e) belegt; %5 blockierende(r) Befund(e), %6 Warnung(en).</translation>
    </message>
    <message>
        <source>The engagement was not designed: %1</source>
        <translation>Das Projekt wurde nicht entworfen: %1</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <source>%1 %2 was not changed: the design is still running; try again when it is done.</source>
        <translation>%1 %2 wurde nicht geändert: der Entwurf läuft noch; bitte danach erneut versuchen.</translation>
    </message>
    <message>
        <source>Not overridden: %1</source>
        <translation>Nicht überschrieben: %1</translation>
    </message>
    <message>
        <source>%1 %2 is now %3 (overridden); %4 blocking finding(s).</source>
        <translation>%1 %2 ist jetzt %3 (überschrieben); %4 blockierende(r) Befund(e).</translation>
    </message>
</context>
<context>
    <name>vpnwb::ProvisioningConsolePage</name>
    <message>
        <source>Inventory:</source>
        <translation>Inventar:</translation>
    </message>
    <message>
        <source>Device inventory file (JSON), e.g. the one the router lab writes</source>
        <translation>Geräteinventar-Datei (JSON), z. B. die vom Router-Labor geschriebene</translation>
    </message>
    <message>
        <source>The devices to provision and how to reach them; press Return to read it again</source>
        <translation>Die zu provisionierenden Geräte und wie sie erreichbar sind; Eingabetaste liest die Datei erneut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the device inventory file</source>
        <translation>Geräteinventar-Datei wählen</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>Alles oder nichts</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>Best Effort</translation>
    </message>
    <message>
        <source>All or nothing: any failure rolls back every device. Best effort: only the devices that failed are rolled back.</source>
        <translation>Alles oder nichts: jeder Fehler setzt alle Geräte zurück. Best Effort: nur die fehlgeschlagenen Geräte werden zurückgesetzt.</translation>
    </message>
    <message>
        <source>Parallel:</source>
        <translation>Parallel:</translation>
    </message>
    <message>
        <source>How many devices are worked on at once</source>
        <translation>Wie viele Geräte gleichzeitig bearbeitet werden</translation>
    </message>
    <message>
        <source>&amp;Dry-run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Read every device and show what would change; nothing is changed (Ctrl+D)</source>
        <translation>Jedes Gerät lesen und zeigen, was sich ändern würde; nichts wird geändert (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Übertragen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stop the job; every device already changed is rolled back (Esc)</source>
        <translation>Den Auftrag anhalten; jedes bereits geänderte Gerät wird zurückgesetzt (Esc)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Progress of the whole job and its current phase</source>
        <translation>Fortschritt des ganzen Auftrags und seine aktuelle Phase</translation>
    </message>
    <message>
        <source>Select a device to see its log and its difference</source>
        <translation>Ein Gerät wählen, um sein Protokoll und seinen Unterschied zu sehen</translation>
    </message>
    <message>
        <source>The selected device&apos;s log appears here as the job runs.</source>
        <translation>Das Protokoll des gewählten Geräts erscheint hier, während der Auftrag läuft.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Auftragsverlauf</translation>
    </message>
    <message>
        <source>Select a job to see its devices, logs and configurations</source>
        <translation>Einen Auftrag wählen, um seine Geräte, Protokolle und Konfigurationen zu sehen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the job history again</source>
        <translation>Den Auftragsverlauf erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Roll back this job</source>
        <translation>Diesen Auftrag &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Restore every device the selected job changed to the configuration it ran before</source>
        <translation>Jedes Gerät, das der gewählte Auftrag geändert hat, auf seine vorherige Konfiguration zurücksetzen</translation>
    </message>
    <message>
        <source>Unlock the credential vault</source>
        <translation>Tresor für Zugangsdaten entsperren</translation>
    </message>
    <message>
        <source>The devices&apos; passwords are in the workspace&apos;s credential vault.
Master passphrase:</source>
        <translation>Die Passwörter der Geräte liegen im Tresor des Arbeitsbereichs.
Haupt-Passphrase:</translation>
    </message>
    <message numerus="yes">
        <source>Push the configuration of %1 to %n device(s)?</source>
        <translation>
            <numerusform>Die Konfiguration von %1 auf %n Gerät übertragen?</numerusform>
            <numerusform>Die Konfiguration von %1 auf %n Geräte übertragen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Device inventory</source>
        <translation>Geräteinventar</translation>
    </message>
    <message>
        <source>Device inventories (*.json);;All files (*)</source>
        <translation>Geräteinventare (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the device inventory file: it lists the devices and how to reach them.</source>
        <translation>Wählen Sie die Geräteinventar-Datei: Sie listet die Geräte und wie sie erreichbar sind.</translation>
    </message>
    <message>
        <source>Planning the push for the devices of %1…</source>
        <translation>Übertragung für die Geräte aus %1 wird geplant…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the design from %1, PEs first.</source>
        <translation>
            <numerusform>%n Gerät des Designs aus %1, PEs zuerst.</numerusform>
            <numerusform>%n Geräte des Designs aus %1, PEs zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the inventory, left out: %1.</source>
        <translation>Nicht im Inventar, ausgelassen: %1.</translation>
    </message>
    <message>
        <source>The workspace has no credential vault for the devices&apos; passwords. Create one with &apos;vpnwb vault init&apos; and store each credential with &apos;vpnwb vault set NAME&apos;.</source>
        <translation>Der Arbeitsbereich hat keinen Tresor für die Passwörter der Geräte. Legen Sie einen mit &apos;vpnwb vault init&apos; an und speichern Sie jede Zugangsangabe mit &apos;vpnwb vault set NAME&apos;.</translation>
    </message>
    <message>
        <source>The vault was not unlocked: no passphrase was given. Nothing was sent.</source>
        <translation>Der Tresor wurde nicht entsperrt: keine Passphrase angegeben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no plan to run: choose the device inventory file first (and check the status line for why it could not be planned).</source>
        <translation>Es gibt keinen Plan: wählen Sie zuerst die Geräteinventar-Datei (und lesen Sie in der Statuszeile, warum nicht geplant werden konnte).</translation>
    </message>
    <message>
        <source>The inventory lists none of the design&apos;s devices: there is nothing to do.</source>
        <translation>Das Inventar listet keines der Geräte des Designs: es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>The push was not started.</source>
        <translation>Die Übertragung wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>recording the accepted host keys</source>
        <translation>akzeptierte Host-Schlüssel werden aufgezeichnet</translation>
    </message>
    <message>
        <source>checking host keys</source>
        <translation>Host-Schlüssel werden geprüft</translation>
    </message>
    <message>
        <source>Recording the accepted host keys in %1…</source>
        <translation>Akzeptierte Host-Schlüssel werden in %1 aufgezeichnet…</translation>
    </message>
    <message>
        <source>Checking every device&apos;s host key against %1 before anything is sent…</source>
        <translation>Der Host-Schlüssel jedes Geräts wird mit %1 abgeglichen, bevor etwas gesendet wird…</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelled while the host keys were checked; nothing was sent to any device.</source>
        <translation>Während der Prüfung der Host-Schlüssel abgebrochen; an kein Gerät wurde etwas gesendet.</translation>
    </message>
    <message>
        <source>its accepted host key could not be recorded</source>
        <translation>sein akzeptierter Host-Schlüssel konnte nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>The accepted host key of %1 could not be recorded in %2; nothing was sent. See its log.</source>
        <translation>Der akzeptierte Host-Schlüssel von %1 konnte nicht in %2 aufgezeichnet werden; es wurde nichts gesendet. Siehe sein Protokoll.</translation>
    </message>
    <message>
        <source>host key %1 %2 accepted by the user</source>
        <translation>Host-Schlüssel %1 %2 vom Benutzer akzeptiert</translation>
    </message>
    <message>
        <source>host key %1 %2 refused</source>
        <translation>Host-Schlüssel %1 %2 abgelehnt</translation>
    </message>
    <message>
        <source>its host key has changed (%1 %2)</source>
        <translation>sein Host-Schlüssel hat sich geändert (%1 %2)</translation>
    </message>
    <message>
        <source>it offered a host key of another type (%1 %2)</source>
        <translation>es hat einen Host-Schlüssel eines anderen Typs angeboten (%1 %2)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Host key refused for %1: nothing was sent to any device.</source>
        <translation>Host-Schlüssel abgelehnt für %1: an kein Gerät wurde etwas gesendet.</translation>
    </message>
    <message>
        <source>The job could not be stored, so it was not started: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden und wurde daher nicht gestartet: %1</translation>
    </message>
    <message>
        <source>dry-run: reading and comparing</source>
        <translation>Probelauf: lesen und vergleichen</translation>
    </message>
    <message>
        <source>Dry-run (job %1): reading every device; nothing is changed.</source>
        <translation>Probelauf (Auftrag %1): jedes Gerät wird gelesen; nichts wird geändert.</translation>
    </message>
    <message>
        <source>No difference: the device runs the intended configuration.</source>
        <translation>Kein Unterschied: das Gerät läuft mit der vorgesehenen Konfiguration.</translation>
    </message>
    <message>
        <source>Dry-run: %1 to add, %2 to change; statements only on the device are left as they are.</source>
        <translation>Probelauf: %1 hinzuzufügen, %2 zu ändern; Anweisungen, die nur auf dem Gerät stehen, bleiben unverändert.</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>The job record was not updated: %1</source>
        <translation>Der Auftragseintrag wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Dry-run (job %1) cancelled: %2 of %3 device(s) were read. Nothing was changed.</source>
        <translation>Probelauf (Auftrag %1) abgebrochen: %2 von %3 Gerät(en) gelesen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Dry-run (job %1) failed on %2 of %3 device(s): %4. Nothing was changed; select a device to see why.</source>
        <translation>Probelauf (Auftrag %1) auf %2 von %3 Gerät(en) fehlgeschlagen: %4. Nichts wurde geändert; wählen Sie ein Gerät, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Dry-run (job %1): %2 device(s) read. Nothing was changed; select a device to see its difference.</source>
        <translation>Probelauf (Auftrag %1): %2 Gerät(e) gelesen. Nichts wurde geändert; wählen Sie ein Gerät, um seinen Unterschied zu sehen.</translation>
    </message>
    <message>
        <source>Push (job %1): %2; Cancel (Esc) rolls back every device already changed.</source>
        <translation>Übertragung (Auftrag %1): %2; Abbrechen (Esc) setzt jedes bereits geänderte Gerät zurück.</translation>
    </message>
    <message>
        <source>The configuration after the job compared with the one before it.</source>
        <translation>Die Konfiguration nach dem Auftrag im Vergleich zu der davor.</translation>
    </message>
    <message>
        <source>%1 (job %2) %3: %4</source>
        <translation>%1 (Auftrag %2) %3: %4</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>finished with errors</source>
        <translation>mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling: every device already changed is rolled back…</source>
        <translation>Wird abgebrochen: jedes bereits geänderte Gerät wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Select the job to roll back in the job history.</source>
        <translation>Wählen Sie den zurückzusetzenden Auftrag im Auftragsverlauf.</translation>
    </message>
    <message>
        <source>Job %1 is a dry-run: it changed nothing, so there is nothing to roll back.</source>
        <translation>Auftrag %1 ist ein Probelauf: er hat nichts geändert, also gibt es nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Job %1 has not finished (or was cut short); compare the devices with &apos;vpnwb drift&apos; first.</source>
        <translation>Auftrag %1 ist nicht beendet (oder wurde abgebrochen); vergleichen Sie die Geräte zuerst mit &apos;vpnwb drift&apos;.</translation>
    </message>
    <message>
        <source>Job %1 left no device changed, so there is nothing to roll back.</source>
        <translation>Auftrag %1 hat kein Gerät geändert hinterlassen, also gibt es nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>The rollback was not started.</source>
        <translation>Das Zurücksetzen wurde nicht gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Rollback (job %1) of job %2 on %n device(s).</source>
        <translation>
            <numerusform>Zurücksetzen (Auftrag %1) von Auftrag %2 auf %n Gerät.</numerusform>
            <numerusform>Zurücksetzen (Auftrag %1) von Auftrag %2 auf %n Geräten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation>Der Auftragsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Dry-run of job %1: the intended configuration compared with the one the device ran.</source>
        <translation>Probelauf von Auftrag %1: die vorgesehene Konfiguration im Vergleich zu der, die auf dem Gerät lief.</translation>
    </message>
    <message>
        <source>Job %1: the configuration after the job compared with the one before it.</source>
        <translation>Auftrag %1: die Konfiguration nach dem Auftrag im Vergleich zu der davor.</translation>
    </message>
    <message>
        <source>Job %1 (%2, %3): %4</source>
        <translation>Auftrag %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>(no difference)</source>
        <translation>(kein Unterschied)</translation>
    </message>
    <message>
        <source>Run a dry-run to see what would change on %1.</source>
        <translation>Starten Sie einen Probelauf, um zu sehen, was sich auf %1 ändern würde.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Apply the configuration to every device as one transaction (Ctrl+Shift+Return)</source>
        <translation>Die Konfiguration als eine Transaktion auf alle Geräte anwenden (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Change the devices</source>
        <translation>Geräte ändern</translation>
    </message>
    <message>
        <source>Each device&apos;s configuration is saved first; on any failure, or on Cancel, the devices already changed are rolled back.

%1</source>
        <translation>Die Konfiguration jedes Geräts wird zuerst gesichert; bei einem Fehler oder bei Abbruch werden die bereits geänderten Geräte zurückgesetzt.

%1</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>unlocking the credential vault</source>
        <translation>Tresor wird entsperrt</translation>
    </message>
    <message>
        <source>Unlocking the credential vault…</source>
        <translation>Tresor für Zugangsdaten wird entsperrt…</translation>
    </message>
    <message numerus="yes">
        <source>Roll back job %1: restore %n device(s) to the configuration they ran before it? Changes made on them since (drift) are taken off too.</source>
        <translation>
            <numerusform>Auftrag %1 zurücksetzen: %n Gerät auf die Konfiguration von davor zurückbringen? Änderungen, die seitdem daran gemacht wurden (Drift), gehen dabei ebenfalls verloren.</numerusform>
            <numerusform>Auftrag %1 zurücksetzen: %n Geräte auf die Konfiguration von davor zurückbringen? Änderungen, die seitdem daran gemacht wurden (Drift), gehen dabei ebenfalls verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the inventory but not in the design, left alone: %1.</source>
        <translation>Im Inventar, aber nicht im Entwurf, unberührt gelassen: %1.</translation>
    </message>
    <message>
        <source>Cancelled before any device was contacted; nothing was sent.</source>
        <translation>Abgebrochen, bevor ein Gerät kontaktiert wurde; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the inventory as a table, or draft a new one from the design</source>
        <translation>Das Inventar als Tabelle bearbeiten oder ein neues aus dem Design entwerfen</translation>
    </message>
    <message>
        <source>No engagement is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>vpnwb::PushJobTableModel</name>
    <message>
        <source>dry-run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>rollback of %1</source>
        <translation>Zurücksetzen von %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>vpnwb::QosPolicyPage</name>
    <message>
        <source>4 classes: EF, AF31, AF21, BE</source>
        <translation>4 Klassen: EF, AF31, AF21, BE</translation>
    </message>
    <message>
        <source>6 classes: EF, AF41, AF31, AF21, BE, CS1</source>
        <translation>6 Klassen: EF, AF41, AF31, AF21, BE, CS1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;QoS per site&lt;/b&gt; — class shares of the access rate</source>
        <translation>&lt;b&gt;QoS je Standort&lt;/b&gt; — Klassenanteile an der Zugangsrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routing policies&lt;/b&gt; — import and export of each VRF</source>
        <translation>&lt;b&gt;Routing-Richtlinien&lt;/b&gt; — Import und Export jeder VRF</translation>
    </message>
    <message>
        <source>Class model:</source>
        <translation>Klassenmodell:</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Set the shares of all sites, or of one site only</source>
        <translation>Die Anteile aller Standorte oder nur eines Standorts festlegen</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>The share of the access rate of each class, in percent (ef=25,af31=35,...); empty keeps the shares as they are</source>
        <translation>Der Anteil jeder Klasse an der Zugangsrate in Prozent (ef=25,af31=35,...); leer lässt die Anteile, wie sie sind</translation>
    </message>
    <message>
        <source>Shares of</source>
        <translation>Anteile für</translation>
    </message>
</context>
<context>
    <name>vpnwb::ServiceabilityTableModel</name>
    <message>
        <source>On-net</source>
        <translation>On-Net</translation>
    </message>
    <message>
        <source>Off-net (partner)</source>
        <translation>Off-Net (Partner)</translation>
    </message>
    <message>
        <source>Unserviceable</source>
        <translation>Nicht versorgbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Run the serviceability check for this engagement.</source>
        <translation>Führen Sie die Verfügbarkeitsprüfung für dieses Projekt aus.</translation>
    </message>
    <message>
        <source>%1 (site changed; check again)</source>
        <translation>%1 (Standort geändert; erneut prüfen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>PoP</source>
        <translation>PoP</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source>Second PE</source>
        <translation>Zweiter PE</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Entfernung (km)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>vpnwb::ServiceabilityView</name>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>On-net</source>
        <translation>On-Net</translation>
    </message>
    <message>
        <source>Off-net (partner)</source>
        <translation>Off-Net (Partner)</translation>
    </message>
    <message>
        <source>Unserviceable</source>
        <translation>Nicht versorgbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Changed since the check</source>
        <translation>Seit der Prüfung geändert</translation>
    </message>
    <message>
        <source>Show only the sites with this verdict</source>
        <translation>Nur die Standorte mit diesem Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Filter by site, PoP, PE, partner, reason…</source>
        <translation>Nach Standort, PoP, PE, Partner, Begründung filtern…</translation>
    </message>
    <message>
        <source>&amp;Check Serviceability</source>
        <translation>Verfügbarkeit &amp;prüfen</translation>
    </message>
    <message>
        <source>Find each site&apos;s PoPs and PEs or partner access, and save the results</source>
        <translation>Für jeden Standort PoPs und PEs oder Partnerzugang finden und die Ergebnisse speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 von %n Standort</numerusform>
            <numerusform>%1 von %n Standorten</numerusform>
        </translation>
    </message>
    <message>
        <source>The serviceability results were not saved: %1</source>
        <translation>Die Ergebnisse der Verfügbarkeitsprüfung wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>vpnwb::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb);;All files (*)</source>
        <translation>VPN-Workbench-Arbeitsbereiche (*.vpnwb);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>vpnwb::SiteEditDialog</name>
    <message>
        <source>Edit Site %1</source>
        <translation>Standort %1 bearbeiten</translation>
    </message>
    <message>
        <source> Mb/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source>none for static routing</source>
        <translation>keins bei statischem Routing</translation>
    </message>
    <message>
        <source>IPv4 prefixes separated by spaces, e.g. 10.1.0.0/24</source>
        <translation>IPv4-Präfixe durch Leerzeichen getrennt, z. B. 10.1.0.0/24</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO):</source>
        <translation>&amp;Land (ISO):</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>Band&amp;breite:</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Zugang:</translation>
    </message>
    <message>
        <source>R&amp;esiliency:</source>
        <translation>&amp;Ausfallsicherheit:</translation>
    </message>
    <message>
        <source>Rou&amp;ting:</source>
        <translation>Rou&amp;ting:</translation>
    </message>
    <message>
        <source>Customer &amp;AS:</source>
        <translation>&amp;Kunden-AS:</translation>
    </message>
    <message>
        <source>LAN &amp;prefixes:</source>
        <translation>LAN-&amp;Präfixe:</translation>
    </message>
    <message>
        <source>A customer AS is a number from 1 to 4294967295.</source>
        <translation>Eine Kunden-AS ist eine Zahl von 1 bis 4294967295.</translation>
    </message>
</context>
<context>
    <name>vpnwb::SiteHoming</name>
    <message>
        <source>The serviceability results of “%1” could not be read: %2</source>
        <translation>Die Ergebnisse der Verfügbarkeitsprüfung von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no PE named %1 in the PoP catalog.</source>
        <translation>Im PoP-Katalog gibt es keinen PE namens %1.</translation>
    </message>
    <message>
        <source>Site %1 has no serviceability result yet; check serviceability before re-homing it.</source>
        <translation>Standort %1 hat noch kein Prüfergebnis; prüfen Sie die Verfügbarkeit, bevor Sie ihn umhängen.</translation>
    </message>
    <message>
        <source>Site %1 changed after its serviceability was checked; check it again before re-homing it.</source>
        <translation>Standort %1 wurde nach der Verfügbarkeitsprüfung geändert; prüfen Sie ihn erneut, bevor Sie ihn umhängen.</translation>
    </message>
    <message>
        <source>Site %1 is reached off-net through %2, so it has no PE of its own to re-home.</source>
        <translation>Standort %1 wird Off-Net über %2 erreicht und hat daher keinen eigenen PE zum Umhängen.</translation>
    </message>
    <message>
        <source>Site %1 is unserviceable (%2); change its access or remove it.</source>
        <translation>Standort %1 ist nicht versorgbar (%2); ändern Sie seinen Zugang oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Site %1 is homed on %2 already.</source>
        <translation>Standort %1 hängt bereits an %2.</translation>
    </message>
    <message>
        <source>PoP %1 does not sell %2 access, which site %3 needs.</source>
        <translation>PoP %1 bietet keinen %2-Zugang an, den Standort %3 braucht.</translation>
    </message>
    <message>
        <source>Site %1 is %2 km from PoP %3; its %4 access reaches %5 km.</source>
        <translation>Standort %1 ist %2 km von PoP %3 entfernt; sein %4-Zugang reicht %5 km.</translation>
    </message>
    <message>
        <source>%1 at PoP %2 cannot carry the %3 of site %4.</source>
        <translation>%1 in PoP %2 kann die %3 von Standort %4 nicht tragen.</translation>
    </message>
    <message>
        <source>Re-homed by hand from %1 to %2.</source>
        <translation>Von Hand von %1 auf %2 umgehängt.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) were not re-homed: %1</source>
        <translation>
            <numerusform>%n Standort wurde nicht umgehängt: %1</numerusform>
            <numerusform>%n Standorte wurden nicht umgehängt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-home site %1 to %2</source>
        <translation>Standort %1 auf %2 umhängen</translation>
    </message>
    <message numerus="yes">
        <source>Re-home %n site(s) to %1</source>
        <translation>
            <numerusform>%n Standort auf %1 umhängen</numerusform>
            <numerusform>%n Standorte auf %1 umhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>The homing of %1 was not saved: %2</source>
        <translation>Die Anbindung von %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>vpnwb::SiteTableModel</name>
    <message>
        <source>%1 — %2
%3, %4 %5 (%6)
%7°, %8°</source>
        <translation>%1 — %2
%3, %4 %5 (%6)
%7°, %8°</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Resiliency</source>
        <translation>Ausfallsicherheit</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Customer AS</source>
        <translation>Kunden-AS</translation>
    </message>
    <message>
        <source>LAN prefixes</source>
        <translation>LAN-Präfixe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 for site %3</source>
        <translation>„%1“ ist kein gültiger Wert für „%2“ bei Standort %3</translation>
    </message>
    <message>
        <source>Edit %1 of site %2</source>
        <translation>„%1“ von Standort %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>vpnwb::SitesView</name>
    <message>
        <source>Filter sites by id, name, city, country, role, access…</source>
        <translation>Standorte nach Kennung, Name, Ort, Land, Rolle, Zugang filtern…</translation>
    </message>
</context>
<context>
    <name>vpnwb::SolutionDesignPage</name>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Place everything by an automatic layout (undoable)</source>
        <translation>Alles automatisch anordnen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>VPN Services and Roles</source>
        <translation>VPN-Dienste und Rollen</translation>
    </message>
    <message>
        <source>Serviceability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Standort %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Serviceability (%n open)</source>
        <translation>
            <numerusform>Verfügbarkeit (%n offen)</numerusform>
            <numerusform>Verfügbarkeit (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites not checked, unserviceable, or changed since their check: %1</source>
        <translation>Standorte nicht geprüft, nicht versorgbar oder seit der Prüfung geändert: %1</translation>
    </message>
</context>
<context>
    <name>vpnwb::StepPage</name>
    <message>
        <source>Step %1 — %2</source>
        <translation>Schritt %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; %1 &amp;nbsp;&amp;nbsp; &lt;b&gt;Systems:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;eTOM:&lt;/b&gt; %3 › %4</source>
        <translation>&lt;b&gt;Zuständig:&lt;/b&gt; %1 &amp;nbsp;&amp;nbsp; &lt;b&gt;Systeme:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;eTOM:&lt;/b&gt; %3 › %4</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Status dieses Schritts</translation>
    </message>
    <message>
        <source>Step state</source>
        <translation>Schrittstatus</translation>
    </message>
    <message>
        <source>Note (why blocked, what is next, …)</source>
        <translation>Notiz (warum blockiert, was als Nächstes, …)</translation>
    </message>
    <message>
        <source>&amp;Update status</source>
        <translation>Status &amp;speichern</translation>
    </message>
    <message>
        <source>Save the state and note (Ctrl+Return); undo with Ctrl+Z</source>
        <translation>Status und Notiz speichern (Strg+Eingabe); rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;What this page will hold&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Was diese Seite enthalten wird&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Step %1 cannot be marked done: %2</source>
        <translation>Schritt %1 kann nicht als erledigt markiert werden: %2</translation>
    </message>
</context>
<context>
    <name>vpnwb::TopologyController</name>
    <message>
        <source>Move %1 on the canvas</source>
        <translation>%1 auf der Zeichenfläche verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items on the canvas</source>
        <translation>
            <numerusform>%n Element auf der Zeichenfläche verschieben</numerusform>
            <numerusform>%n Elemente auf der Zeichenfläche verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the canvas geographically</source>
        <translation>Zeichenfläche geografisch anordnen</translation>
    </message>
    <message>
        <source>Arrange the canvas as rings around the hubs</source>
        <translation>Zeichenfläche in Ringen um die Hubs anordnen</translation>
    </message>
    <message>
        <source>Arrange the canvas by forces</source>
        <translation>Zeichenfläche kräftebasiert anordnen</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Es gibt keinen Standort %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VPNs: %1</source>
        <translation>VPNs: %1</translation>
    </message>
    <message>
        <source>Serviceability not checked yet</source>
        <translation>Verfügbarkeit noch nicht geprüft</translation>
    </message>
    <message>
        <source>On-net: %1 at %2</source>
        <translation>On-Net: %1 in %2</translation>
    </message>
    <message>
        <source>On-net: %1 at %2 and %3 at %4</source>
        <translation>On-Net: %1 in %2 und %3 in %4</translation>
    </message>
    <message>
        <source>, %1 km</source>
        <translation>, %1 km</translation>
    </message>
    <message>
        <source>Off-net through %1, %2 days</source>
        <translation>Off-Net über %1, %2 Tage</translation>
    </message>
    <message>
        <source>Unserviceable: %1</source>
        <translation>Nicht versorgbar: %1</translation>
    </message>
    <message>
        <source>(the site changed since; check again)</source>
        <translation>(Standort seitdem geändert; erneut prüfen)</translation>
    </message>
    <message>
        <source>PoP %1 — %2, %3 (%4)</source>
        <translation>PoP %1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>%1, loopback %2</source>
        <translation>%1, Loopback %2</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) homed here; drop sites here to re-home them</source>
        <translation>
            <numerusform>%n Standort hängt hier; Standorte hier ablegen, um sie umzuhängen</numerusform>
            <numerusform>%n Standorte hängen hier; Standorte hier ablegen, um sie umzuhängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 VPN of %n site(s)</source>
        <translation>
            <numerusform>%1-VPN mit %n Standort</numerusform>
            <numerusform>%1-VPN mit %n Standorten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpnwb::TopologyView</name>
    <message>
        <source>Topology canvas</source>
        <translation>Topologie-Zeichenfläche</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show the whole canvas (F)</source>
        <translation>Die ganze Zeichenfläche zeigen (F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the wheel)</source>
        <translation>Vergrößern (Strg++ oder Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+- or the wheel)</source>
        <translation>Verkleinern (Strg+- oder Mausrad)</translation>
    </message>
    <message>
        <source>&amp;Find Site…</source>
        <translation>Standort &amp;suchen…</translation>
    </message>
    <message>
        <source>Find a site by id or name (Ctrl+F)</source>
        <translation>Einen Standort nach Kennung oder Name suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every item (Ctrl+A)</source>
        <translation>Alle Elemente auswählen (Strg+A)</translation>
    </message>
    <message>
        <source>&amp;Remove Sites</source>
        <translation>Standorte &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected sites (Delete)</source>
        <translation>Die ausgewählten Standorte entfernen (Entf)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the canvas as a picture</source>
        <translation>Die Zeichenfläche als Bild speichern</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the canvas as a drawing for proposals</source>
        <translation>Die Zeichenfläche als Zeichnung für Angebote speichern</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Show the key to the symbols</source>
        <translation>Die Erklärung der Symbole zeigen</translation>
    </message>
    <message>
        <source>&amp;Access Links</source>
        <translation>&amp;Zugangsleitungen</translation>
    </message>
    <message>
        <source>Show the sites&apos; access circuits to their PEs</source>
        <translation>Die Zugangsleitungen der Standorte zu ihren PEs zeigen</translation>
    </message>
    <message>
        <source>&amp;VPN Paths</source>
        <translation>&amp;VPN-Wege</translation>
    </message>
    <message>
        <source>Show the spokes&apos; paths to their hubs and the VPN clouds</source>
        <translation>Die Wege der Spokes zu ihren Hubs und die VPN-Wolken zeigen</translation>
    </message>
    <message>
        <source>&amp;Geographic</source>
        <translation>&amp;Geografisch</translation>
    </message>
    <message>
        <source>Place everything where it is on the map</source>
        <translation>Alles dort platzieren, wo es auf der Karte liegt</translation>
    </message>
    <message>
        <source>&amp;Radial</source>
        <translation>&amp;Radial</translation>
    </message>
    <message>
        <source>Hubs in the middle, PEs and spokes on rings around them</source>
        <translation>Hubs in der Mitte, PEs und Spokes auf Ringen darum</translation>
    </message>
    <message>
        <source>&amp;Force-Directed</source>
        <translation>&amp;Kräftebasiert</translation>
    </message>
    <message>
        <source>Let links pull and nodes push until they settle</source>
        <translation>Verbindungen ziehen und Knoten stoßen sich ab, bis alles ruht</translation>
    </message>
    <message>
        <source>Find a site by id or name; Enter for the next</source>
        <translation>Standort nach Kennung oder Name suchen; Eingabe für den nächsten</translation>
    </message>
    <message>
        <source>Legend of the topology canvas</source>
        <translation>Legende der Topologie-Zeichenfläche</translation>
    </message>
    <message>
        <source>The engagement changed while the layout was worked out; arrange again.</source>
        <translation>Das Projekt hat sich während der Berechnung der Anordnung geändert; bitte erneut anordnen.</translation>
    </message>
    <message>
        <source>No site matches “%1”.</source>
        <translation>Kein Standort passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 — match %2 of %3; Enter for the next</source>
        <translation>%1 — Treffer %2 von %3; Eingabe für den nächsten</translation>
    </message>
    <message>
        <source>Select the Sites Homed Here</source>
        <translation>Die hier angebundenen Standorte auswählen</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>Standort &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>&amp;Rolle setzen</translation>
    </message>
    <message>
        <source>Re-home &amp;to</source>
        <translation>&amp;Umhängen auf</translation>
    </message>
    <message>
        <source>Remove Site %1</source>
        <translation>Standort %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Sites</source>
        <translation>
            <numerusform>%n Standort entfernen</numerusform>
            <numerusform>%n Standorte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Export Canvas as SVG</source>
        <translation>Zeichenfläche als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Canvas as PNG</source>
        <translation>Zeichenfläche als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n site(s), %2</source>
        <translation>
            <numerusform>%1 — %n Standort, %2</numerusform>
            <numerusform>%1 — %n Standorte, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>vpnwb::VpnMembershipModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 — %2: the role of each site in this VPN</source>
        <translation>%1 — %2: die Rolle jedes Standorts in diesem VPN</translation>
    </message>
    <message>
        <source>Site %1 in VPN %2: “%3” is not a role; choose hub, spoke or nothing.</source>
        <translation>Standort %1 in VPN %2: „%3“ ist keine Rolle; wählen Sie hub, spoke oder nichts.</translation>
    </message>
</context>
<context>
    <name>vpnwb::VpnServicesView</name>
    <message>
        <source>&amp;Add VPN…</source>
        <translation>VPN &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add another VPN over the same sites, e.g. GUEST or PCI</source>
        <translation>Ein weiteres VPN über dieselben Standorte hinzufügen, z. B. GUEST oder PCI</translation>
    </message>
    <message>
        <source>Remove VPN</source>
        <translation>VPN entfernen</translation>
    </message>
    <message>
        <source>Remove the selected VPN (undoable)</source>
        <translation>Das ausgewählte VPN entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Double-click a cell to choose the site&apos;s role in that VPN</source>
        <translation>Doppelklicken Sie eine Zelle, um die Rolle des Standorts in diesem VPN zu wählen</translation>
    </message>
    <message>
        <source>Filter sites by id</source>
        <translation>Standorte nach Kennung filtern</translation>
    </message>
    <message>
        <source>&lt;b&gt;VPN services&lt;/b&gt; — double-click the topology or the shared services to change them</source>
        <translation>&lt;b&gt;VPN-Dienste&lt;/b&gt; — Topologie oder gemeinsame Dienste zum Ändern doppelklicken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site roles per VPN&lt;/b&gt;</source>
        <translation>&lt;b&gt;Standortrollen je VPN&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add VPN</source>
        <translation>VPN hinzufügen</translation>
    </message>
    <message>
        <source>Id of the new VPN (e.g. GUEST):</source>
        <translation>Kennung des neuen VPN (z. B. GUEST):</translation>
    </message>
    <message>
        <source>Name of VPN %1:</source>
        <translation>Name von VPN %1:</translation>
    </message>
</context>
<context>
    <name>vpnwb::VpnTableModel</name>
    <message>
        <source>Any-to-any: every site reaches every other. Hub-and-spoke: spokes reach each other only through the hubs (one or two). Disjoint: each spoke&apos;s traffic to a hub stays apart.</source>
        <translation>Any-to-Any: jeder Standort erreicht jeden anderen. Hub-and-Spoke: Spokes erreichen einander nur über die Hubs (einen oder zwei). Disjunkt: der Verkehr jedes Spokes zu einem Hub bleibt getrennt.</translation>
    </message>
    <message>
        <source>This hub-and-spoke VPN has no hub yet: make one or two of its sites hubs in the roles table.</source>
        <translation>Dieses Hub-and-Spoke-VPN hat noch keinen Hub: machen Sie in der Rollentabelle einen oder zwei seiner Standorte zu Hubs.</translation>
    </message>
    <message>
        <source>Extranet: the VPNs that reach this VPN&apos;s shared services, separated by commas.</source>
        <translation>Extranet: die VPNs, die die gemeinsamen Dienste dieses VPN erreichen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Shared services for</source>
        <translation>Gemeinsame Dienste für</translation>
    </message>
    <message>
        <source>VPN %1: “%2” is not a topology; choose %3.</source>
        <translation>VPN %1: „%2“ ist keine Topologie; wählen Sie %3.</translation>
    </message>
</context>
<context>
    <name>vpnwb::WelcomePage</name>
    <message>
        <source>Welcome to VPN Workbench</source>
        <translation>Willkommen bei VPN Workbench</translation>
    </message>
    <message>
        <source>This workspace holds no engagement yet. Start with the demo engagement — a European retail chain with two data centres, fourteen branches and two VPNs — or open another workspace.</source>
        <translation>Dieser Arbeitsbereich enthält noch kein Projekt. Beginnen Sie mit dem Demo-Projekt – einer europäischen Handelskette mit zwei Rechenzentren, vierzehn Filialen und zwei VPNs – oder öffnen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Create the &amp;demo engagement</source>
        <translation>&amp;Demo-Projekt anlegen</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>Anderen Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
</context>
</TS>
