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
</context>
<context>
    <name>vpnwb::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
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
