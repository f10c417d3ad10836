<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessType</name>
    <message>
        <source>Fiber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet over copper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4G/LTE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 Gb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeRouting</name>
    <message>
        <source>BGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowStep</name>
    <message>
        <source>Enterprise RFP &amp; Solution Design</source>
        <translation>Appel d’offres et conception de la solution</translation>
    </message>
    <message>
        <source>BSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM, Solution Design Tool, Serviceability Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM &amp; Retention Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Customer Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site intake from CSV or IETF L3SM, serviceability against the PoP catalog, topology choice and the topology canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure &amp; Price VPN Solution</source>
        <translation>Configuration et tarification de la solution VPN</translation>
    </message>
    <message>
        <source>CPQ, Product Catalog, Pricing Engine, Proposal Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product catalog, per-site pricing, discount approvals and the proposal PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract Signing &amp; Order Capture</source>
        <translation>Signature du contrat et saisie de la commande</translation>
    </message>
    <message>
        <source>COM, CRM, Contract Management, Product Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Customer Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signature and the customer order (TMF622).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Decomposition &amp; VRF Design</source>
        <translation>Décomposition du service et conception des VRF</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOM, Service Catalog, IPAM, Network Design Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Configuration &amp; Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRFs, route distinguishers and targets, link addressing, ports and VLANs, with the design validator and IETF L3NM export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS &amp; Policy Configuration Design</source>
        <translation>Conception QoS et politiques</translation>
    </message>
    <message>
        <source>SOM, Service Inventory, Policy Engine, QoS Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate &amp; Install Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS class models, per-site allocations and routing policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PE Router &amp; CPE Provisioning</source>
        <translation>Provisionnement des routeurs PE et des CPE</translation>
    </message>
    <message>
        <source>ROM, NSO/NETCONF, PE Routers, CPE Management, Field Ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure &amp; Activate Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-vendor configuration preview and the transactional push over SSH and NETCONF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Installation &amp; Turn-Up</source>
        <translation>Installation et mise en service des sites</translation>
    </message>
    <message>
        <source>Field Dispatch, CPE Management, Network Testing, ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field dispatch, CPE turn-up and acceptance tests per site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory &amp; Billing Activation</source>
        <translation>Activation de l’inventaire et de la facturation</translation>
    </message>
    <message>
        <source>BSS + OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service/Resource/Product Inventory, Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp; Revenue Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Pricing, Discounting &amp; Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service and resource inventory records (TMF638/639) and billing activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise Handover &amp; SLA Baseline</source>
        <translation>Remise au client et référence SLA</translation>
    </message>
    <message>
        <source>CRM, SLA Management, Customer Portal, Service Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete Customer Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover pack and the SLA baseline measured per site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive VPN Monitoring</source>
        <translation>Supervision proactive du VPN</translation>
    </message>
    <message>
        <source>Assurance, Performance Management, SLA Manager, NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Quality Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor Service Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live SLA charts, alarms and reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resiliency</name>
    <message>
        <source>Dual-homed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace and engagement at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRole</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any-to-any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>VpnTopology</name>
    <message>
        <source>Any-to-any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub-and-spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub-and-spoke (disjoint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VPN Workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::EngagementDocument</name>
    <message>
        <source>Site %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set step %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to site %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of step %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::MainWindow</name>
    <message>
        <source>Activation flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Demo Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About VPN Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Engagement: </source>
        <translation> Affaire : </translation>
    </message>
    <message>
        <source>Switch to another engagement of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo engagement “%1” with %2 sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; open it with File › Open Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VPN Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPN Workbench %1&lt;/h3&gt;&lt;p&gt;Takes an enterprise customer&apos;s multi-site MPLS L3VPN from the RFP to a monitored service: solution design, pricing, order, VRF and QoS design, provisioning, turn-up, activation, handover and monitoring in one place.&lt;/p&gt;&lt;p&gt;Speaks IETF L3SM (RFC 8299), L3NM (RFC 9182) and TM Forum Open APIs.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::SiteTableModel</name>
    <message>
        <source>%1 — %2
%3, %4 %5 (%6)
%7°, %8°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resiliency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 for site %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of site %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::SitesView</name>
    <message>
        <source>Filter sites by id, name, city, country, role, access…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::StepPage</name>
    <message>
        <source>Step %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; %1 &amp;nbsp;&amp;nbsp; &lt;b&gt;Systems:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;eTOM:&lt;/b&gt; %3 › %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (why blocked, what is next, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the state and note (Ctrl+Return); undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;What this page will hold&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpnwb::WelcomePage</name>
    <message>
        <source>Welcome to VPN Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds no engagement yet. Start with the demo engagement — a European retail chain with two data centres, fourteen branches and two VPNs — or open another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;demo engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
