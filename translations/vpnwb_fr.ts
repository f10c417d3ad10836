<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessType</name>
    <message>
        <source>Fiber</source>
        <translation>Fibre optique</translation>
    </message>
    <message>
        <source>Ethernet over copper</source>
        <translation>Ethernet sur cuivre</translation>
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
        <translation>Statique</translation>
    </message>
</context>
<context>
    <name>FlowStep</name>
    <message>
        <source>Enterprise RFP &amp; Solution Design</source>
        <translation>Appel d’offres et conception</translation>
    </message>
    <message>
        <source>BSS</source>
        <translation>BSS</translation>
    </message>
    <message>
        <source>CRM, Solution Design Tool, Serviceability Engine</source>
        <translation>CRM, outil de conception, moteur d’éligibilité</translation>
    </message>
    <message>
        <source>CRM &amp; Retention Management</source>
        <translation>CRM et fidélisation</translation>
    </message>
    <message>
        <source>Manage Customer Interaction</source>
        <translation>Gérer l’interaction client</translation>
    </message>
    <message>
        <source>Site intake from CSV or IETF L3SM, serviceability against the PoP catalog, topology choice and the topology canvas.</source>
        <translation>Saisie des sites depuis un CSV ou IETF L3SM, éligibilité selon le catalogue des PoP, choix de la topologie et schéma de topologie.</translation>
    </message>
    <message>
        <source>Configure &amp; Price VPN Solution</source>
        <translation>Configurer et chiffrer le VPN</translation>
    </message>
    <message>
        <source>CPQ, Product Catalog, Pricing Engine, Proposal Generator</source>
        <translation>CPQ, catalogue produits, moteur de prix, générateur d’offres</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Negotiate Sale</source>
        <translation>Négocier la vente</translation>
    </message>
    <message>
        <source>Product catalog, per-site pricing, discount approvals and the proposal PDF.</source>
        <translation>Catalogue produits, prix par site, validation des remises et offre en PDF.</translation>
    </message>
    <message>
        <source>Contract Signing &amp; Order Capture</source>
        <translation>Contrat et prise de commande</translation>
    </message>
    <message>
        <source>COM, CRM, Contract Management, Product Catalog</source>
        <translation>COM, CRM, gestion des contrats, catalogue produits</translation>
    </message>
    <message>
        <source>Order Handling</source>
        <translation>Traitement des commandes</translation>
    </message>
    <message>
        <source>Issue Customer Orders</source>
        <translation>Émettre les commandes client</translation>
    </message>
    <message>
        <source>Contract signature and the customer order (TMF622).</source>
        <translation>Signature du contrat et commande client (TMF622).</translation>
    </message>
    <message>
        <source>Service Decomposition &amp; VRF Design</source>
        <translation>Décomposition et conception VRF</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>SOM, Service Catalog, IPAM, Network Design Tool</source>
        <translation>SOM, catalogue de services, IPAM, outil d’ingénierie réseau</translation>
    </message>
    <message>
        <source>Service Configuration &amp; Activation</source>
        <translation>Configuration et activation des services</translation>
    </message>
    <message>
        <source>Design Solution</source>
        <translation>Concevoir la solution</translation>
    </message>
    <message>
        <source>VRFs, route distinguishers and targets, link addressing, ports and VLANs, with the design validator and IETF L3NM export.</source>
        <translation>VRF, route distinguishers et route targets, adressage des liens, ports et VLAN, avec le contrôle de conception et l’export IETF L3NM.</translation>
    </message>
    <message>
        <source>QoS &amp; Policy Configuration Design</source>
        <translation>Conception QoS et politiques</translation>
    </message>
    <message>
        <source>SOM, Service Inventory, Policy Engine, QoS Designer</source>
        <translation>SOM, inventaire des services, moteur de politiques, conception QoS</translation>
    </message>
    <message>
        <source>Allocate &amp; Install Service</source>
        <translation>Allouer et installer le service</translation>
    </message>
    <message>
        <source>QoS class models, per-site allocations and routing policy.</source>
        <translation>Modèles de classes QoS, allocations par site et politiques de routage.</translation>
    </message>
    <message>
        <source>PE Router &amp; CPE Provisioning</source>
        <translation>Provisionnement PE et CPE</translation>
    </message>
    <message>
        <source>ROM, NSO/NETCONF, PE Routers, CPE Management, Field Ops</source>
        <translation>ROM, NSO/NETCONF, routeurs PE, gestion des CPE, interventions terrain</translation>
    </message>
    <message>
        <source>Resource Provisioning</source>
        <translation>Provisionnement des ressources</translation>
    </message>
    <message>
        <source>Configure &amp; Activate Resource</source>
        <translation>Configurer et activer la ressource</translation>
    </message>
    <message>
        <source>Multi-vendor configuration preview and the transactional push over SSH and NETCONF.</source>
        <translation>Aperçu des configurations multi-constructeurs et déploiement transactionnel par SSH et NETCONF.</translation>
    </message>
    <message>
        <source>Site Installation &amp; Turn-Up</source>
        <translation>Installation et mise en service</translation>
    </message>
    <message>
        <source>Field Dispatch, CPE Management, Network Testing, ROM</source>
        <translation>Envoi de techniciens, gestion des CPE, tests réseau, ROM</translation>
    </message>
    <message>
        <source>Field dispatch, CPE turn-up and acceptance tests per site.</source>
        <translation>Intervention terrain, mise en service des CPE et recette par site.</translation>
    </message>
    <message>
        <source>Inventory &amp; Billing Activation</source>
        <translation>Inventaire et facturation</translation>
    </message>
    <message>
        <source>BSS + OSS</source>
        <translation>BSS + OSS</translation>
    </message>
    <message>
        <source>Service/Resource/Product Inventory, Billing</source>
        <translation>Inventaire services/ressources/produits, facturation</translation>
    </message>
    <message>
        <source>Billing &amp; Revenue Management</source>
        <translation>Facturation et gestion des revenus</translation>
    </message>
    <message>
        <source>Apply Pricing, Discounting &amp; Rating</source>
        <translation>Appliquer prix, remises et valorisation</translation>
    </message>
    <message>
        <source>Service and resource inventory records (TMF638/639) and billing activation.</source>
        <translation>Inventaire des services et des ressources (TMF638/639) et activation de la facturation.</translation>
    </message>
    <message>
        <source>Enterprise Handover &amp; SLA Baseline</source>
        <translation>Remise au client et référence SLA</translation>
    </message>
    <message>
        <source>CRM, SLA Management, Customer Portal, Service Desk</source>
        <translation>CRM, gestion des SLA, portail client, centre de services</translation>
    </message>
    <message>
        <source>Complete Customer Order</source>
        <translation>Clôturer la commande client</translation>
    </message>
    <message>
        <source>Handover pack and the SLA baseline measured per site.</source>
        <translation>Dossier de remise et référence SLA mesurée par site.</translation>
    </message>
    <message>
        <source>Proactive VPN Monitoring</source>
        <translation>Supervision proactive du VPN</translation>
    </message>
    <message>
        <source>Assurance, Performance Management, SLA Manager, NOC</source>
        <translation>Assurance, gestion des performances, gestion des SLA, NOC</translation>
    </message>
    <message>
        <source>Service Quality Management</source>
        <translation>Gestion de la qualité de service</translation>
    </message>
    <message>
        <source>Monitor Service Quality</source>
        <translation>Surveiller la qualité de service</translation>
    </message>
    <message>
        <source>Live SLA charts, alarms and reports.</source>
        <translation>Graphiques SLA en direct, alarmes et rapports.</translation>
    </message>
</context>
<context>
    <name>Resiliency</name>
    <message>
        <source>Dual-homed</source>
        <translation>Double raccordement</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Simple</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>&amp;Espace de travail par défaut :</translation>
    </message>
    <message>
        <source>Built-in location</source>
        <translation>Emplacement par défaut</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Choisir le fichier de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace and engagement at start</source>
        <translation>&amp;Rouvrir le dernier espace de travail et la dernière affaire au démarrage</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>Le changement de langue prend effet au prochain démarrage.</translation>
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
        <translation>Any-to-any</translation>
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
        <translation>Any-to-any</translation>
    </message>
    <message>
        <source>Hub-and-spoke</source>
        <translation>Hub-and-spoke</translation>
    </message>
    <message>
        <source>Hub-and-spoke (disjoint)</source>
        <translation>Hub-and-spoke (disjoint)</translation>
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
        <translation>Le site %1 n’a pas été modifié : %2</translation>
    </message>
    <message>
        <source>Set step %1 to %2</source>
        <translation>Passer l’étape %1 à « %2 »</translation>
    </message>
    <message>
        <source>The change to site %1 was not saved: %2</source>
        <translation>La modification du site %1 n’a pas été enregistrée : %2</translation>
    </message>
    <message>
        <source>The status of step %1 was not saved: %2</source>
        <translation>L’état de l’étape %1 n’a pas été enregistré : %2</translation>
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
Responsable : %2
Systèmes : %3
eTOM : %4 › %5
État : %6</translation>
    </message>
</context>
<context>
    <name>vpnwb::MainWindow</name>
    <message>
        <source>Activation flow</source>
        <translation>Processus d’activation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>Create &amp;Demo Engagement</source>
        <translation>Créer l’affaire de &amp;démonstration</translation>
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
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About VPN Workbench</source>
        <translation>À &amp;propos de VPN Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source> Engagement: </source>
        <translation> Affaire : </translation>
    </message>
    <message>
        <source>Switch to another engagement of this workspace</source>
        <translation>Passer à une autre affaire de cet espace de travail</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Created the demo engagement “%1” with %2 sites.</source>
        <translation>Affaire de démonstration « %1 » créée avec %2 sites.</translation>
    </message>
    <message>
        <source>%1 — %2 sites</source>
        <translation>%1 — %2 sites</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>VPN Workbench</source>
        <translation>VPN Workbench</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb)</source>
        <translation>Espaces de travail VPN Workbench (*.vpnwb)</translation>
    </message>
    <message>
        <source>%1 exists already; open it with File › Open Workspace.</source>
        <translation>%1 existe déjà ; ouvrez-le avec Fichier › Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb);;All files (*)</source>
        <translation>Espaces de travail VPN Workbench (*.vpnwb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About VPN Workbench</source>
        <translation>À propos de VPN Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPN Workbench %1&lt;/h3&gt;&lt;p&gt;Takes an enterprise customer&apos;s multi-site MPLS L3VPN from the RFP to a monitored service: solution design, pricing, order, VRF and QoS design, provisioning, turn-up, activation, handover and monitoring in one place.&lt;/p&gt;&lt;p&gt;Speaks IETF L3SM (RFC 8299), L3NM (RFC 9182) and TM Forum Open APIs.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPN Workbench %1&lt;/h3&gt;&lt;p&gt;Mène le VPN MPLS L3 multi-sites d’une entreprise de l’appel d’offres au service supervisé : conception, prix, commande, conception VRF et QoS, provisionnement, mise en service, activation, remise et supervision, en un seul endroit.&lt;/p&gt;&lt;p&gt;Parle IETF L3SM (RFC 8299), L3NM (RFC 9182) et les Open API du TM Forum.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vpnwb::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>vpnwb::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Espace de travail par défaut</translation>
    </message>
    <message>
        <source>VPN Workbench workspaces (*.vpnwb);;All files (*)</source>
        <translation>Espaces de travail VPN Workbench (*.vpnwb);;Tous les fichiers (*)</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Resiliency</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Customer AS</source>
        <translation>AS client</translation>
    </message>
    <message>
        <source>LAN prefixes</source>
        <translation>Préfixes LAN</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 for site %3</source>
        <translation>« %1 » n’est pas une valeur valable pour « %2 » du site %3</translation>
    </message>
    <message>
        <source>Edit %1 of site %2</source>
        <translation>Modifier « %1 » du site %2</translation>
    </message>
</context>
<context>
    <name>vpnwb::SitesView</name>
    <message>
        <source>Filter sites by id, name, city, country, role, access…</source>
        <translation>Filtrer les sites par identifiant, nom, ville, pays, rôle, accès…</translation>
    </message>
</context>
<context>
    <name>vpnwb::StepPage</name>
    <message>
        <source>Step %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; %1 &amp;nbsp;&amp;nbsp; &lt;b&gt;Systems:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;eTOM:&lt;/b&gt; %3 › %4</source>
        <translation>&lt;b&gt;Responsable :&lt;/b&gt; %1 &amp;nbsp;&amp;nbsp; &lt;b&gt;Systèmes :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;eTOM :&lt;/b&gt; %3 › %4</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>État de cette étape</translation>
    </message>
    <message>
        <source>Step state</source>
        <translation>État de l’étape</translation>
    </message>
    <message>
        <source>Note (why blocked, what is next, …)</source>
        <translation>Note (pourquoi bloqué, prochaine action, …)</translation>
    </message>
    <message>
        <source>&amp;Update status</source>
        <translation>&amp;Enregistrer l’état</translation>
    </message>
    <message>
        <source>Save the state and note (Ctrl+Return); undo with Ctrl+Z</source>
        <translation>Enregistrer l’état et la note (Ctrl+Entrée) ; annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;What this page will hold&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Ce que contiendra cette page&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour le %1</translation>
    </message>
</context>
<context>
    <name>vpnwb::WelcomePage</name>
    <message>
        <source>Welcome to VPN Workbench</source>
        <translation>Bienvenue dans VPN Workbench</translation>
    </message>
    <message>
        <source>This workspace holds no engagement yet. Start with the demo engagement — a European retail chain with two data centres, fourteen branches and two VPNs — or open another workspace.</source>
        <translation>Cet espace de travail ne contient encore aucune affaire. Commencez par l’affaire de démonstration — une chaîne de distribution européenne avec deux centres de données, quatorze succursales et deux VPN — ou ouvrez un autre espace de travail.</translation>
    </message>
    <message>
        <source>Create the &amp;demo engagement</source>
        <translation>Créer l’affaire de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Ouvrir un autre espace de travail…</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
</context>
</TS>
