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
    <name>CanvasExporter</name>
    <message>
        <source>%1 × %2 is not a picture size the canvas can be drawn at (%3 to %4 on each side).</source>
        <translation>%1 × %2 n’est pas une taille d’image possible pour le schéma (%3 à %4 par côté).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>VPN topology</source>
        <translation>Topologie VPN</translation>
    </message>
    <message>
        <source>Topology canvas exported by VPN Workbench</source>
        <translation>Schéma de topologie exporté par VPN Workbench</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG generator did not start</source>
        <translation>Impossible d’écrire %1 : le générateur SVG n’a pas démarré</translation>
    </message>
</context>
<context>
    <name>CanvasLegend</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hub site</source>
        <translation>Site hub</translation>
    </message>
    <message>
        <source>PE router (light: none homed)</source>
        <translation>Routeur PE (clair : aucun site rattaché)</translation>
    </message>
    <message>
        <source>Any-to-any VPN</source>
        <translation>VPN any-to-any</translation>
    </message>
    <message>
        <source>Unserviceable site</source>
        <translation>Site non éligible</translation>
    </message>
    <message>
        <source>Changed since checked</source>
        <translation>Modifié depuis la vérification</translation>
    </message>
    <message>
        <source>Spoke to hub (VPN)</source>
        <translation>Spoke vers hub (VPN)</translation>
    </message>
    <message>
        <source>Partner (off-net) access</source>
        <translation>Accès partenaire (off-net)</translation>
    </message>
    <message>
        <source>Dual-homed access</source>
        <translation>Accès double attachement</translation>
    </message>
    <message>
        <source>Into an any-to-any VPN</source>
        <translation>Vers un VPN any-to-any</translation>
    </message>
    <message>
        <source>The thicker an access line, the more bandwidth.</source>
        <translation>Plus la ligne d’accès est épaisse, plus le débit est élevé.</translation>
    </message>
    <message>
        <source>Thicker lines: more bandwidth.</source>
        <translation>Lignes plus épaisses : plus de débit.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
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
    <name>vpnwb::CanvasPositions</name>
    <message>
        <source>The canvas position of site %1 could not be read: %2</source>
        <translation>La position du site %1 sur le schéma n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The canvas layout was not saved: %1</source>
        <translation>La disposition du schéma n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The canvas layout of “%1” could not be read, so the canvas shows the geographic layout: %2</source>
        <translation>La disposition du schéma de « %1 » n’a pas pu être lue ; le schéma montre la disposition géographique : %2</translation>
    </message>
</context>
<context>
    <name>vpnwb::ConfigPreviewPage</name>
    <message>
        <source>step %1, %2</source>
        <translation>étape %1, %2</translation>
    </message>
    <message>
        <source>Show the devices of one vendor only</source>
        <translation>N’afficher que les équipements d’un constructeur</translation>
    </message>
    <message>
        <source>The renderer&apos;s output style (Junos: hierarchical or set commands)</source>
        <translation>Style de sortie du moteur de rendu (Junos : hiérarchique ou commandes set)</translation>
    </message>
    <message>
        <source>&amp;Removal</source>
        <translation>&amp;Retrait</translation>
    </message>
    <message>
        <source>The configuration that takes exactly this service off the device again</source>
        <translation>La configuration qui retire exactement ce service de l’équipement</translation>
    </message>
    <message>
        <source>Copy the text shown to the clipboard</source>
        <translation>Copier le texte affiché dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save the text shown to a file</source>
        <translation>Enregistrer le texte affiché dans un fichier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diagnostics&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diagnostics&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Renderer plugin %1 was not loaded: %2</source>
        <translation>Le module de rendu %1 n’a pas été chargé : %2</translation>
    </message>
    <message>
        <source>The design of %1 touches %2 device(s): %3 PE router(s) and %4 CPE(s). Choose a device to see its configuration.</source>
        <translation>La conception de %1 concerne %2 équipement(s) : %3 routeur(s) PE et %4 CPE. Choisissez un équipement pour voir sa configuration.</translation>
    </message>
    <message>
        <source>%1 has not been designed yet, so there is no configuration to preview. Design it on %2 first.</source>
        <translation>%1 n’a pas encore été conçu : il n’y a donc aucune configuration à prévisualiser. Concevez-le d’abord à l’%2.</translation>
    </message>
    <message>
        <source>The design of %1 lacks %2 value(s) (e.g. %3), so nothing is rendered. Run Design again on %4.</source>
        <translation>Il manque %2 valeur(s) à la conception de %1 (p. ex. %3) : rien n’est généré. Relancez « Concevoir » à l’%4.</translation>
    </message>
    <message>
        <source>The design of %1 has %2 blocking finding(s), so nothing is rendered. Resolve them on %3:</source>
        <translation>La conception de %1 comporte %2 constat(s) bloquant(s) : rien n’est généré. Résolvez-les à l’%3 :</translation>
    </message>
    <message>
        <source>… and %1 more (all are listed under Diagnostics).</source>
        <translation>… et %1 de plus (tous figurent sous Diagnostics).</translation>
    </message>
    <message>
        <source>blocking: %1</source>
        <translation>bloquant : %1</translation>
    </message>
    <message>
        <source>The design of %1 could not be read: %2</source>
        <translation>La conception de %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 (no renderer)</source>
        <translation>%1 (aucun moteur de rendu)</translation>
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
        <translation>Aucun équipement choisi.</translation>
    </message>
    <message>
        <source>Device %1 cannot be rendered: there is no renderer for its vendor &apos;%2&apos;. Renderers available: %3.</source>
        <translation>L’équipement %1 ne peut pas être généré : aucun moteur de rendu pour son constructeur « %2 ». Moteurs disponibles : %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Device %1 was not rendered: %2</source>
        <translation>L’équipement %1 n’a pas été généré : %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>remarque : %1 : %2</translation>
    </message>
    <message>
        <source>The renderer has nothing to report for %1.</source>
        <translation>Le moteur de rendu n’a rien à signaler pour %1.</translation>
    </message>
    <message>
        <source>The removal of %1 was copied to the clipboard.</source>
        <translation>Le retrait de %1 a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The configuration of %1 was copied to the clipboard.</source>
        <translation>La configuration de %1 a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save the removal of %1</source>
        <translation>Enregistrer le retrait de %1</translation>
    </message>
    <message>
        <source>Save the configuration of %1</source>
        <translation>Enregistrer la configuration de %1</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.conf *.txt);;All files (*)</source>
        <translation>Fichiers de configuration (*.cfg *.conf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is nothing to save: choose a device first.</source>
        <translation>Il n’y a rien à enregistrer : choisissez d’abord un équipement.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was written; choose another file or folder.</source>
        <translation>%1 n’a pas pu être enregistré : %2. Rien n’a été écrit ; choisissez un autre fichier ou dossier.</translation>
    </message>
    <message>
        <source>The removal of %1 was saved to %2.</source>
        <translation>Le retrait de %1 a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>The configuration of %1 was saved to %2.</source>
        <translation>La configuration de %1 a été enregistrée dans %2.</translation>
    </message>
    <message>
        <source>C&amp;onfiguration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Enregi&amp;strer…</translation>
    </message>
    <message>
        <source>Ve&amp;ndor:</source>
        <translation>Co&amp;nstructeur :</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Éq&amp;uipement :</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>St&amp;yle :</translation>
    </message>
    <message>
        <source>Nothing is rendered: the message above says why.</source>
        <translation>Rien n’est généré : le message ci-dessus explique pourquoi.</translation>
    </message>
</context>
<context>
    <name>vpnwb::ConsoleDeviceModel</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>diffing</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>retour arrière en cours</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>remis en l’état</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>échec du retour arrière</translation>
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
        <translation>prévu</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Constructeur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
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
        <translation>hub</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>spoke</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondaire</translation>
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
        <translation>Rôle</translation>
    </message>
    <message>
        <source>RD</source>
        <translation>RD</translation>
    </message>
    <message>
        <source>Import RTs</source>
        <translation>RT importées</translation>
    </message>
    <message>
        <source>Export RTs</source>
        <translation>RT exportées</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>Max. routes</source>
        <translation>Routes max.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Homing</source>
        <translation>Raccordement</translation>
    </message>
    <message>
        <source>Sub-interface</source>
        <translation>Sous-interface</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>PE address</source>
        <translation>Adresse PE</translation>
    </message>
    <message>
        <source>CE address</source>
        <translation>Adresse CE</translation>
    </message>
    <message>
        <source>PE-CE routing</source>
        <translation>Routage PE-CE</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>Utilisé %</translation>
    </message>
    <message>
        <source>This engagement</source>
        <translation>Cette affaire</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Shaper</source>
        <translation>Lisseur</translation>
    </message>
    <message>
        <source>EF policer</source>
        <translation>Limiteur EF</translation>
    </message>
    <message>
        <source>Class shares</source>
        <translation>Parts des classes</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Route targets</source>
        <translation>Route targets</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statique</translation>
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
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>accept: %1</source>
        <translation>accepter : %1</translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation>marquer : %1</translation>
    </message>
    <message>
        <source>%1 — overridden</source>
        <translation>%1 — remplacé à la main</translation>
    </message>
    <message>
        <source>%1 — double-click to override</source>
        <translation>%1 — double-cliquez pour remplacer</translation>
    </message>
</context>
<context>
    <name>vpnwb::DeviceInventoryModel</name>
    <message>
        <source>Add device %1</source>
        <translation>Ajouter l’équipement %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>The vault secret that holds the key&apos;s passphrase; empty for a key without one</source>
        <translation>Le secret du coffre qui contient la phrase de passe de la clé ; vide pour une clé sans phrase de passe</translation>
    </message>
    <message>
        <source>The name of the vault secret holding the password (never the password itself)</source>
        <translation>Le nom du secret du coffre qui contient le mot de passe (jamais le mot de passe lui-même)</translation>
    </message>
    <message>
        <source>With the login “key”: the private key file</source>
        <translation>Avec la connexion « key » : le fichier de la clé privée</translation>
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
        <translation>CLI SSH</translation>
    </message>
    <message>
        <source>NETCONF</source>
        <translation>NETCONF</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
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
        <translation>Constructeur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
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
    <message>
        <source>No site was removed: %1</source>
        <translation>Aucun site n’a été supprimé : %1</translation>
    </message>
    <message>
        <source>Remove site %1</source>
        <translation>Supprimer le site %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n site(s)</source>
        <translation>
            <numerusform>Supprimer %n site</numerusform>
            <numerusform>Supprimer %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the role of site %1 to %2</source>
        <translation>Donner au site %1 le rôle « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n site(s) to %1</source>
        <translation>
            <numerusform>Donner à %n site le rôle « %1 »</numerusform>
            <numerusform>Donner à %n sites le rôle « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Make VPN %1 %2</source>
        <translation>Passer le VPN %1 en « %2 »</translation>
    </message>
    <message>
        <source>Take site %1 out of VPN %2</source>
        <translation>Retirer le site %1 du VPN %2</translation>
    </message>
    <message>
        <source>Site %1 was not made a hub of VPN %2: it has two hubs already (%3); make one of them a spoke first.</source>
        <translation>Le site %1 n’est pas devenu hub du VPN %2 : celui-ci a déjà deux hubs (%3) ; faites d’abord de l’un d’eux un spoke.</translation>
    </message>
    <message>
        <source>Add site %1 to VPN %2 as %3</source>
        <translation>Ajouter le site %1 au VPN %2 comme « %3 »</translation>
    </message>
    <message>
        <source>Make site %1 %2 in VPN %3</source>
        <translation>Faire du site %1 un « %2 » dans le VPN %3</translation>
    </message>
    <message>
        <source>VPN %1 cannot offer shared services to itself.</source>
        <translation>Le VPN %1 ne peut pas s’offrir ses propres services partagés.</translation>
    </message>
    <message>
        <source>VPN %1 cannot offer shared services to %2: there is no VPN %2 in this engagement.</source>
        <translation>Le VPN %1 ne peut pas offrir de services partagés à %2 : il n’y a pas de VPN %2 dans cette affaire.</translation>
    </message>
    <message>
        <source>VPN %1 offers no shared services</source>
        <translation>Le VPN %1 n’offre aucun service partagé</translation>
    </message>
    <message>
        <source>VPN %1 offers shared services to %2</source>
        <translation>Le VPN %1 offre des services partagés à %2</translation>
    </message>
    <message>
        <source>The VPN was not added: it needs an id.</source>
        <translation>Le VPN n’a pas été ajouté : il lui faut un identifiant.</translation>
    </message>
    <message>
        <source>The VPN was not added: there is a VPN %1 already.</source>
        <translation>Le VPN n’a pas été ajouté : il existe déjà un VPN %1.</translation>
    </message>
    <message>
        <source>Add VPN %1</source>
        <translation>Ajouter le VPN %1</translation>
    </message>
    <message>
        <source>Remove VPN %1</source>
        <translation>Supprimer le VPN %1</translation>
    </message>
    <message>
        <source>The sites %1 were not removed: %2</source>
        <translation>Les sites %1 n’ont pas été supprimés : %2</translation>
    </message>
    <message>
        <source>The sites %1 were not restored: %2</source>
        <translation>Les sites %1 n’ont pas été restaurés : %2</translation>
    </message>
    <message>
        <source>The change to the sites and VPNs was not saved: %1</source>
        <translation>La modification des sites et des VPN n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>%1 not made a hub: VPN %2 would have %3 hubs, and a hub-and-spoke VPN has one or two. Make one of its hubs a spoke first.</source>
        <translation>%1 pas devenu hub : le VPN %2 aurait %3 hubs, or un VPN hub-and-spoke en a un ou deux. Faites d’abord de l’un de ses hubs un spoke.</translation>
    </message>
</context>
<context>
    <name>vpnwb::ExchangeActions</name>
    <message>
        <source>Import &amp;Sites from CSV…</source>
        <translation>Importer des &amp;sites depuis un CSV…</translation>
    </message>
    <message>
        <source>Create an engagement from a customer&apos;s site list (docs/SITE_CSV.md)</source>
        <translation>Créer une affaire depuis la liste de sites d’un client (docs/SITE_CSV.md)</translation>
    </message>
    <message>
        <source>Import IETF &amp;L3SM…</source>
        <translation>Importer IETF &amp;L3SM…</translation>
    </message>
    <message>
        <source>Create an engagement from an RFC 8299 L3VPN service model (JSON)</source>
        <translation>Créer une affaire depuis un modèle de service L3VPN RFC 8299 (JSON)</translation>
    </message>
    <message>
        <source>&amp;Export IETF L3SM…</source>
        <translation>&amp;Exporter IETF L3SM…</translation>
    </message>
    <message>
        <source>Write the open engagement as an RFC 8299 L3VPN service model (JSON)</source>
        <translation>Écrire l’affaire ouverte comme modèle de service L3VPN RFC 8299 (JSON)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No engagement is open.</source>
        <translation>Aucune affaire n’est ouverte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Import Sites</source>
        <translation>Importer des sites</translation>
    </message>
    <message>
        <source>Site lists (*.csv);;All files (*)</source>
        <translation>Listes de sites (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Nom du client :</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: some rows have errors.</source>
        <translation>Rien n’a été importé de %1 : certaines lignes contiennent des erreurs.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Valid Row(s)</source>
        <translation>
            <numerusform>Importer la %n ligne valide</numerusform>
            <numerusform>Importer les %n lignes valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the sites of %1.</source>
        <translation>Les sites de %1 ont été importés.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the sites of %1; skipped %n row(s): %2</source>
        <translation>
            <numerusform>Les sites de %1 ont été importés ; %n ligne ignorée : %2</numerusform>
            <numerusform>Les sites de %1 ont été importés ; %n lignes ignorées : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import IETF L3SM</source>
        <translation>Importer IETF L3SM</translation>
    </message>
    <message>
        <source>L3SM JSON (*.json);;All files (*)</source>
        <translation>JSON L3SM (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 a été importé.</translation>
    </message>
    <message>
        <source>Imported %1; not kept: %2</source>
        <translation>%1 a été importé ; non conservé : %2</translation>
    </message>
    <message>
        <source>Export IETF L3SM</source>
        <translation>Exporter IETF L3SM</translation>
    </message>
    <message>
        <source>L3SM JSON (*.json)</source>
        <translation>JSON L3SM (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 a été écrit.</translation>
    </message>
    <message>
        <source>Wrote %1; L3SM has no place for: %2</source>
        <translation>%1 a été écrit ; L3SM n’a pas de place pour : %2</translation>
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
    <name>vpnwb::HostKeyPrompt</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d’hôte inconnue</translation>
    </message>
    <message>
        <source>Host key refused</source>
        <translation>Clé d’hôte refusée</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was recorded. Someone may be intercepting the connection, or the device was replaced. Nothing is sent to it. If the change is expected, remove its old key from the workspace&apos;s known_hosts file first.</source>
        <translation>La clé d’hôte de %1 a CHANGÉ depuis son enregistrement. Quelqu’un intercepte peut-être la connexion, ou l’équipement a été remplacé. Rien ne lui est envoyé. Si le changement est attendu, retirez d’abord son ancienne clé du fichier known_hosts de l’espace de travail.</translation>
    </message>
    <message>
        <source>%1 offered a key of another type than the one recorded for it. Nothing is sent to it. If this is expected, remove its old key from the workspace&apos;s known_hosts file first.</source>
        <translation>%1 a présenté une clé d’un autre type que celle enregistrée pour lui. Rien ne lui est envoyé. Si c’est attendu, retirez d’abord son ancienne clé du fichier known_hosts de l’espace de travail.</translation>
    </message>
    <message>
        <source>The workbench has never connected to %1. Compare the fingerprint below with the one the device shows (e.g. with ssh-keygen -l on it) before you accept it; an accepted key is recorded and checked on every later connection.</source>
        <translation>Le workbench ne s’est jamais connecté à %1. Comparez l’empreinte ci-dessous avec celle que montre l’équipement (par ex. avec ssh-keygen -l sur celui-ci) avant de l’accepter ; une clé acceptée est enregistrée et vérifiée à chaque connexion suivante.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Équipement :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Accept and record</source>
        <translation>&amp;Accepter et enregistrer</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Trust this key for %1 and record it in the workspace&apos;s known_hosts file</source>
        <translation>Faire confiance à cette clé pour %1 et l’enregistrer dans le fichier known_hosts de l’espace de travail</translation>
    </message>
    <message>
        <source>Do not connect; nothing is sent to any device</source>
        <translation>Ne pas se connecter ; rien n’est envoyé à aucun équipement</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>vpnwb::InventoryEditorDialog</name>
    <message>
        <source>&amp;Add device</source>
        <translation>&amp;Ajouter un équipement</translation>
    </message>
    <message>
        <source>A new device after the last one (Ctrl+N)</source>
        <translation>Un nouvel équipement après le dernier (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the selected devices out (Delete)</source>
        <translation>Retirer les équipements sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Draft from the design</source>
        <translation>Ébaucher depuis le &amp;design</translation>
    </message>
    <message>
        <source>Every PE and CPE of the design at its loopback, replacing the table (undoable)</source>
        <translation>Chaque PE et CPE du design à son adresse de loopback, à la place du tableau (annulable)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>R&amp;établir</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The inventory has changes that are not saved. Close it and lose them?</source>
        <translation>L’inventaire a des modifications non enregistrées. Le fermer et les perdre ?</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) from %1. Double-click a cell to change it.</source>
        <translation>
            <numerusform>%n équipement de %1. Double-cliquez sur une cellule pour la modifier.</numerusform>
            <numerusform>%n équipements de %1. Double-cliquez sur une cellule pour la modifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The table starts empty; saving replaces the file.</source>
        <translation>%1 Le tableau commence vide ; enregistrer remplace le fichier.</translation>
    </message>
    <message>
        <source>A new inventory: add devices or draft them from the design, then save.</source>
        <translation>Un nouvel inventaire : ajoutez des équipements ou ébauchez-les depuis le design, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not saved: device %1 (row %2), %3</source>
        <translation>Non enregistré : équipement %1 (ligne %2), %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: cannot write %1: %2</source>
        <translation>Non enregistré : impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n device(s) to %1.</source>
        <translation>
            <numerusform>%n équipement enregistré dans %1.</numerusform>
            <numerusform>%n équipements enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the device inventory</source>
        <translation>Enregistrer l’inventaire des équipements</translation>
    </message>
    <message>
        <source>Device inventories (*.json);;All files (*)</source>
        <translation>Inventaires d’équipements (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Draft from the design</source>
        <translation>Ébauche depuis le design</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) drafted from the design, each at its loopback: check the addresses and the logins, then save (Ctrl+Z takes the draft back).</source>
        <translation>
            <numerusform>%n équipement ébauché depuis le design, à son adresse de loopback : vérifiez les adresses et les connexions, puis enregistrez (Ctrl+Z reprend l’ébauche).</numerusform>
            <numerusform>%n équipements ébauchés depuis le design, chacun à son adresse de loopback : vérifiez les adresses et les connexions, puis enregistrez (Ctrl+Z reprend l’ébauche).</numerusform>
        </translation>
    </message>
    <message>
        <source>new inventory</source>
        <translation>nouvel inventaire</translation>
    </message>
    <message>
        <source>Device inventory — %1%2</source>
        <translation>Inventaire des équipements — %1%2</translation>
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
    <message>
        <source>Configuration preview</source>
        <translation>Aperçu de la configuration</translation>
    </message>
    <message>
        <source>Provisioning console</source>
        <translation>Console de provisionnement</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>Une tâche est en cours</translation>
    </message>
    <message>
        <source>The provisioning console is working on the devices. Cancel the job (Esc) and wait until it has ended before closing.</source>
        <translation>La console de provisionnement travaille sur les équipements. Annulez la tâche (Échap) et attendez qu’elle soit terminée avant de fermer.</translation>
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
    <name>vpnwb::NetworkDesignPage</name>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Concevoir</translation>
    </message>
    <message>
        <source>Allocate RDs, RTs, addresses, ports and VLANs from the provider pools, derive the rest and check the design</source>
        <translation>Attribuer RD, RT, adresses, ports et VLAN depuis les pools de l’opérateur, en déduire le reste et vérifier la conception</translation>
    </message>
    <message>
        <source>VRFs</source>
        <translation>VRF</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Rattachements</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt; — double-click one to show its object</source>
        <translation>&lt;b&gt;Constats&lt;/b&gt; — double-cliquez pour afficher l’objet concerné</translation>
    </message>
    <message>
        <source>%1 VRF(s) on %2 PE(s), %3 attachment(s), %4 value(s) held; %5 blocking finding(s), %6 warning(s).</source>
        <translation>%1 VRF sur %2 PE, %3 rattachement(s), %4 valeur(s) attribuée(s) ; %5 constat(s) bloquant(s), %6 avertissement(s).</translation>
    </message>
    <message>
        <source>The engagement was not designed: %1</source>
        <translation>L’affaire n’a pas été conçue : %1</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (et %1 de plus)</translation>
    </message>
    <message>
        <source>%1 %2 was not changed: the design is still running; try again when it is done.</source>
        <translation>%1 %2 n’a pas été modifié : la conception est en cours ; réessayez une fois terminée.</translation>
    </message>
    <message>
        <source>Not overridden: %1</source>
        <translation>Non remplacé : %1</translation>
    </message>
    <message>
        <source>%1 %2 is now %3 (overridden); %4 blocking finding(s).</source>
        <translation>%1 %2 vaut maintenant %3 (remplacé à la main) ; %4 constat(s) bloquant(s).</translation>
    </message>
</context>
<context>
    <name>vpnwb::ProvisioningConsolePage</name>
    <message>
        <source>Inventory:</source>
        <translation>Inventaire :</translation>
    </message>
    <message>
        <source>Device inventory file (JSON), e.g. the one the router lab writes</source>
        <translation>Fichier d’inventaire des équipements (JSON), par ex. celui qu’écrit le labo de routeurs</translation>
    </message>
    <message>
        <source>The devices to provision and how to reach them; press Return to read it again</source>
        <translation>Les équipements à provisionner et comment les joindre ; appuyez sur Entrée pour relire le fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the device inventory file</source>
        <translation>Choisir le fichier d’inventaire des équipements</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>Tout ou rien</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>Au mieux</translation>
    </message>
    <message>
        <source>All or nothing: any failure rolls back every device. Best effort: only the devices that failed are rolled back.</source>
        <translation>Tout ou rien : tout échec remet chaque équipement en l’état. Au mieux : seuls les équipements en échec sont remis en l’état.</translation>
    </message>
    <message>
        <source>Parallel:</source>
        <translation>En parallèle :</translation>
    </message>
    <message>
        <source>How many devices are worked on at once</source>
        <translation>Nombre d’équipements traités à la fois</translation>
    </message>
    <message>
        <source>&amp;Dry-run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>Read every device and show what would change; nothing is changed (Ctrl+D)</source>
        <translation>Lire chaque équipement et montrer ce qui changerait ; rien n’est modifié (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the job; every device already changed is rolled back (Esc)</source>
        <translation>Arrêter la tâche ; chaque équipement déjà modifié est remis en l’état (Échap)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Progress of the whole job and its current phase</source>
        <translation>Avancement de toute la tâche et sa phase en cours</translation>
    </message>
    <message>
        <source>Select a device to see its log and its difference</source>
        <translation>Sélectionnez un équipement pour voir son journal et sa différence</translation>
    </message>
    <message>
        <source>The selected device&apos;s log appears here as the job runs.</source>
        <translation>Le journal de l’équipement sélectionné s’affiche ici pendant la tâche.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Historique des tâches</translation>
    </message>
    <message>
        <source>Select a job to see its devices, logs and configurations</source>
        <translation>Sélectionnez une tâche pour voir ses équipements, journaux et configurations</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actu&amp;aliser</translation>
    </message>
    <message>
        <source>Read the job history again</source>
        <translation>Relire l’historique des tâches</translation>
    </message>
    <message>
        <source>&amp;Roll back this job</source>
        <translation>&amp;Annuler cette tâche sur le réseau</translation>
    </message>
    <message>
        <source>Restore every device the selected job changed to the configuration it ran before</source>
        <translation>Remettre chaque équipement modifié par la tâche sélectionnée dans la configuration qu’il avait avant</translation>
    </message>
    <message>
        <source>Unlock the credential vault</source>
        <translation>Déverrouiller le coffre des identifiants</translation>
    </message>
    <message>
        <source>The devices&apos; passwords are in the workspace&apos;s credential vault.
Master passphrase:</source>
        <translation>Les mots de passe des équipements sont dans le coffre de l’espace de travail.
Phrase de passe maîtresse :</translation>
    </message>
    <message numerus="yes">
        <source>Push the configuration of %1 to %n device(s)?</source>
        <translation>
            <numerusform>Déployer la configuration de %1 sur %n équipement ?</numerusform>
            <numerusform>Déployer la configuration de %1 sur %n équipements ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Device inventory</source>
        <translation>Inventaire des équipements</translation>
    </message>
    <message>
        <source>Device inventories (*.json);;All files (*)</source>
        <translation>Inventaires d’équipements (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the device inventory file: it lists the devices and how to reach them.</source>
        <translation>Choisissez le fichier d’inventaire : il liste les équipements et comment les joindre.</translation>
    </message>
    <message>
        <source>Planning the push for the devices of %1…</source>
        <translation>Planification du déploiement pour les équipements de %1…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Pas de plan : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the design from %1, PEs first.</source>
        <translation>
            <numerusform>%n équipement de la conception depuis %1, PE en premier.</numerusform>
            <numerusform>%n équipements de la conception depuis %1, PE en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the inventory, left out: %1.</source>
        <translation>Absents de l’inventaire, laissés de côté : %1.</translation>
    </message>
    <message>
        <source>The workspace has no credential vault for the devices&apos; passwords. Create one with &apos;vpnwb vault init&apos; and store each credential with &apos;vpnwb vault set NAME&apos;.</source>
        <translation>L’espace de travail n’a pas de coffre pour les mots de passe des équipements. Créez-en un avec &apos;vpnwb vault init&apos; et enregistrez chaque identifiant avec &apos;vpnwb vault set NAME&apos;.</translation>
    </message>
    <message>
        <source>The vault was not unlocked: no passphrase was given. Nothing was sent.</source>
        <translation>Le coffre n’a pas été déverrouillé : aucune phrase de passe donnée. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>There is no plan to run: choose the device inventory file first (and check the status line for why it could not be planned).</source>
        <translation>Il n’y a pas de plan à exécuter : choisissez d’abord le fichier d’inventaire (et voyez dans la ligne d’état pourquoi il n’a pas pu être planifié).</translation>
    </message>
    <message>
        <source>The inventory lists none of the design&apos;s devices: there is nothing to do.</source>
        <translation>L’inventaire ne liste aucun équipement de la conception : il n’y a rien à faire.</translation>
    </message>
    <message>
        <source>The push was not started.</source>
        <translation>Le déploiement n’a pas été lancé.</translation>
    </message>
    <message>
        <source>recording the accepted host keys</source>
        <translation>enregistrement des clés d’hôte acceptées</translation>
    </message>
    <message>
        <source>checking host keys</source>
        <translation>vérification des clés d’hôte</translation>
    </message>
    <message>
        <source>Recording the accepted host keys in %1…</source>
        <translation>Enregistrement des clés d’hôte acceptées dans %1…</translation>
    </message>
    <message>
        <source>Checking every device&apos;s host key against %1 before anything is sent…</source>
        <translation>Vérification de la clé d’hôte de chaque équipement avec %1 avant tout envoi…</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Cancelled while the host keys were checked; nothing was sent to any device.</source>
        <translation>Annulé pendant la vérification des clés d’hôte ; rien n’a été envoyé à aucun équipement.</translation>
    </message>
    <message>
        <source>its accepted host key could not be recorded</source>
        <translation>sa clé d’hôte acceptée n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The accepted host key of %1 could not be recorded in %2; nothing was sent. See its log.</source>
        <translation>La clé d’hôte acceptée de %1 n’a pas pu être enregistrée dans %2 ; rien n’a été envoyé. Voir son journal.</translation>
    </message>
    <message>
        <source>host key %1 %2 accepted by the user</source>
        <translation>clé d’hôte %1 %2 acceptée par l’utilisateur</translation>
    </message>
    <message>
        <source>host key %1 %2 refused</source>
        <translation>clé d’hôte %1 %2 refusée</translation>
    </message>
    <message>
        <source>its host key has changed (%1 %2)</source>
        <translation>sa clé d’hôte a changé (%1 %2)</translation>
    </message>
    <message>
        <source>it offered a host key of another type (%1 %2)</source>
        <translation>il a présenté une clé d’hôte d’un autre type (%1 %2)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>Host key refused for %1: nothing was sent to any device.</source>
        <translation>Clé d’hôte refusée pour %1 : rien n’a été envoyé à aucun équipement.</translation>
    </message>
    <message>
        <source>The job could not be stored, so it was not started: %1</source>
        <translation>La tâche n’a pas pu être enregistrée, elle n’a donc pas été lancée : %1</translation>
    </message>
    <message>
        <source>dry-run: reading and comparing</source>
        <translation>essai à blanc : lecture et comparaison</translation>
    </message>
    <message>
        <source>Dry-run (job %1): reading every device; nothing is changed.</source>
        <translation>Essai à blanc (tâche %1) : lecture de chaque équipement ; rien n’est modifié.</translation>
    </message>
    <message>
        <source>No difference: the device runs the intended configuration.</source>
        <translation>Aucune différence : l’équipement exécute la configuration prévue.</translation>
    </message>
    <message>
        <source>Dry-run: %1 to add, %2 to change; statements only on the device are left as they are.</source>
        <translation>Essai à blanc : %1 à ajouter, %2 à modifier ; les instructions présentes seulement sur l’équipement restent telles quelles.</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>The job record was not updated: %1</source>
        <translation>L’enregistrement de la tâche n’a pas été mis à jour : %1</translation>
    </message>
    <message>
        <source>Dry-run (job %1) cancelled: %2 of %3 device(s) were read. Nothing was changed.</source>
        <translation>Essai à blanc (tâche %1) annulé : %2 équipement(s) sur %3 lus. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Dry-run (job %1) failed on %2 of %3 device(s): %4. Nothing was changed; select a device to see why.</source>
        <translation>Essai à blanc (tâche %1) en échec sur %2 équipement(s) sur %3 : %4. Rien n’a été modifié ; sélectionnez un équipement pour voir pourquoi.</translation>
    </message>
    <message>
        <source>Dry-run (job %1): %2 device(s) read. Nothing was changed; select a device to see its difference.</source>
        <translation>Essai à blanc (tâche %1) : %2 équipement(s) lu(s). Rien n’a été modifié ; sélectionnez un équipement pour voir sa différence.</translation>
    </message>
    <message>
        <source>Push (job %1): %2; Cancel (Esc) rolls back every device already changed.</source>
        <translation>Déploiement (tâche %1) : %2 ; Annuler (Échap) remet en l’état chaque équipement déjà modifié.</translation>
    </message>
    <message>
        <source>The configuration after the job compared with the one before it.</source>
        <translation>La configuration après la tâche comparée à celle d’avant.</translation>
    </message>
    <message>
        <source>%1 (job %2) %3: %4</source>
        <translation>%1 (tâche %2) %3 : %4</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>finished with errors</source>
        <translation>terminé avec des erreurs</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelling: every device already changed is rolled back…</source>
        <translation>Annulation : chaque équipement déjà modifié est remis en l’état…</translation>
    </message>
    <message>
        <source>Select the job to roll back in the job history.</source>
        <translation>Sélectionnez dans l’historique la tâche à annuler.</translation>
    </message>
    <message>
        <source>Job %1 is a dry-run: it changed nothing, so there is nothing to roll back.</source>
        <translation>La tâche %1 est un essai à blanc : elle n’a rien modifié, il n’y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>Job %1 has not finished (or was cut short); compare the devices with &apos;vpnwb drift&apos; first.</source>
        <translation>La tâche %1 n’est pas terminée (ou a été interrompue) ; comparez d’abord les équipements avec &apos;vpnwb drift&apos;.</translation>
    </message>
    <message>
        <source>Job %1 left no device changed, so there is nothing to roll back.</source>
        <translation>La tâche %1 n’a laissé aucun équipement modifié, il n’y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>The rollback was not started.</source>
        <translation>Le retour arrière n’a pas été lancé.</translation>
    </message>
    <message numerus="yes">
        <source>Rollback (job %1) of job %2 on %n device(s).</source>
        <translation>
            <numerusform>Retour arrière (tâche %1) de la tâche %2 sur %n équipement.</numerusform>
            <numerusform>Retour arrière (tâche %1) de la tâche %2 sur %n équipements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation>L’historique des tâches n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Dry-run of job %1: the intended configuration compared with the one the device ran.</source>
        <translation>Essai à blanc de la tâche %1 : la configuration prévue comparée à celle que l’équipement exécutait.</translation>
    </message>
    <message>
        <source>Job %1: the configuration after the job compared with the one before it.</source>
        <translation>Tâche %1 : la configuration après la tâche comparée à celle d’avant.</translation>
    </message>
    <message>
        <source>Job %1 (%2, %3): %4</source>
        <translation>Tâche %1 (%2, %3) : %4</translation>
    </message>
    <message>
        <source>(no difference)</source>
        <translation>(aucune différence)</translation>
    </message>
    <message>
        <source>Run a dry-run to see what would change on %1.</source>
        <translation>Lancez un essai à blanc pour voir ce qui changerait sur %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 en échec : %2</translation>
    </message>
    <message>
        <source>Apply the configuration to every device as one transaction (Ctrl+Shift+Return)</source>
        <translation>Appliquer la configuration à tous les équipements en une seule transaction (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Change the devices</source>
        <translation>Modifier les équipements</translation>
    </message>
    <message>
        <source>Each device&apos;s configuration is saved first; on any failure, or on Cancel, the devices already changed are rolled back.

%1</source>
        <translation>La configuration de chaque équipement est d’abord sauvegardée ; en cas d’échec, ou sur Annuler, les équipements déjà modifiés sont remis en l’état.

%1</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>unlocking the credential vault</source>
        <translation>déverrouillage du coffre</translation>
    </message>
    <message>
        <source>Unlocking the credential vault…</source>
        <translation>Déverrouillage du coffre des identifiants…</translation>
    </message>
    <message numerus="yes">
        <source>Roll back job %1: restore %n device(s) to the configuration they ran before it? Changes made on them since (drift) are taken off too.</source>
        <translation>
            <numerusform>Annuler la tâche %1 : remettre %n équipement dans la configuration d’avant ? Les modifications faites depuis (dérive) sont aussi retirées.</numerusform>
            <numerusform>Annuler la tâche %1 : remettre %n équipements dans la configuration d’avant ? Les modifications faites depuis (dérive) sont aussi retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the inventory but not in the design, left alone: %1.</source>
        <translation>Dans l’inventaire mais pas dans la conception, laissé tel quel : %1.</translation>
    </message>
    <message>
        <source>Cancelled before any device was contacted; nothing was sent.</source>
        <translation>Annulé avant tout contact avec un équipement ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the inventory as a table, or draft a new one from the design</source>
        <translation>Modifier l’inventaire sous forme de tableau, ou en ébaucher un nouveau depuis le design</translation>
    </message>
    <message>
        <source>No engagement is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>vpnwb::PushJobTableModel</name>
    <message>
        <source>dry-run</source>
        <translation>essai à blanc</translation>
    </message>
    <message>
        <source>push</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>rollback of %1</source>
        <translation>retour arrière de %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>vpnwb::QosPolicyPage</name>
    <message>
        <source>4 classes: EF, AF31, AF21, BE</source>
        <translation>4 classes : EF, AF31, AF21, BE</translation>
    </message>
    <message>
        <source>6 classes: EF, AF41, AF31, AF21, BE, CS1</source>
        <translation>6 classes : EF, AF41, AF31, AF21, BE, CS1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;QoS per site&lt;/b&gt; — class shares of the access rate</source>
        <translation>&lt;b&gt;QoS par site&lt;/b&gt; — parts des classes dans le débit d’accès</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routing policies&lt;/b&gt; — import and export of each VRF</source>
        <translation>&lt;b&gt;Politiques de routage&lt;/b&gt; — import et export de chaque VRF</translation>
    </message>
    <message>
        <source>Class model:</source>
        <translation>Modèle de classes :</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Set the shares of all sites, or of one site only</source>
        <translation>Fixer les parts de tous les sites, ou d’un seul site</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>The share of the access rate of each class, in percent (ef=25,af31=35,...); empty keeps the shares as they are</source>
        <translation>La part du débit d’accès de chaque classe, en pour cent (ef=25,af31=35,...) ; vide laisse les parts telles quelles</translation>
    </message>
    <message>
        <source>Shares of</source>
        <translation>Parts de</translation>
    </message>
</context>
<context>
    <name>vpnwb::ServiceabilityTableModel</name>
    <message>
        <source>On-net</source>
        <translation>On-net</translation>
    </message>
    <message>
        <source>Off-net (partner)</source>
        <translation>Off-net (partenaire)</translation>
    </message>
    <message>
        <source>Unserviceable</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Run the serviceability check for this engagement.</source>
        <translation>Lancez la vérification d’éligibilité pour cette affaire.</translation>
    </message>
    <message>
        <source>%1 (site changed; check again)</source>
        <translation>%1 (site modifié ; à revérifier)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
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
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>Second PE</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>vpnwb::ServiceabilityView</name>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>On-net</source>
        <translation>On-net</translation>
    </message>
    <message>
        <source>Off-net (partner)</source>
        <translation>Off-net (partenaire)</translation>
    </message>
    <message>
        <source>Unserviceable</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Changed since the check</source>
        <translation>Modifié depuis la vérification</translation>
    </message>
    <message>
        <source>Show only the sites with this verdict</source>
        <translation>N’afficher que les sites ayant ce verdict</translation>
    </message>
    <message>
        <source>Filter by site, PoP, PE, partner, reason…</source>
        <translation>Filtrer par site, PoP, PE, partenaire, motif…</translation>
    </message>
    <message>
        <source>&amp;Check Serviceability</source>
        <translation>&amp;Vérifier l’éligibilité</translation>
    </message>
    <message>
        <source>Find each site&apos;s PoPs and PEs or partner access, and save the results</source>
        <translation>Trouver pour chaque site ses PoP et PE ou un accès partenaire, et enregistrer les résultats</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 sur %n site</numerusform>
            <numerusform>%1 sur %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>The serviceability results were not saved: %1</source>
        <translation>Les résultats d’éligibilité n’ont pas été enregistrés : %1</translation>
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
    <name>vpnwb::SiteEditDialog</name>
    <message>
        <source>Edit Site %1</source>
        <translation>Modifier le site %1</translation>
    </message>
    <message>
        <source> Mb/s</source>
        <translation> Mb/s</translation>
    </message>
    <message>
        <source>none for static routing</source>
        <translation>aucun en routage statique</translation>
    </message>
    <message>
        <source>IPv4 prefixes separated by spaces, e.g. 10.1.0.0/24</source>
        <translation>Préfixes IPv4 séparés par des espaces, p. ex. 10.1.0.0/24</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>&amp;Country (ISO):</source>
        <translation>&amp;Pays (ISO) :</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude :</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Débit :</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Accès :</translation>
    </message>
    <message>
        <source>R&amp;esiliency:</source>
        <translation>R&amp;ésilience :</translation>
    </message>
    <message>
        <source>Rou&amp;ting:</source>
        <translation>Rou&amp;tage :</translation>
    </message>
    <message>
        <source>Customer &amp;AS:</source>
        <translation>&amp;AS du client :</translation>
    </message>
    <message>
        <source>LAN &amp;prefixes:</source>
        <translation>Pré&amp;fixes LAN :</translation>
    </message>
    <message>
        <source>A customer AS is a number from 1 to 4294967295.</source>
        <translation>Un AS client est un nombre de 1 à 4294967295.</translation>
    </message>
</context>
<context>
    <name>vpnwb::SiteHoming</name>
    <message>
        <source>The serviceability results of “%1” could not be read: %2</source>
        <translation>Les résultats d’éligibilité de « %1 » n’ont pas pu être lus : %2</translation>
    </message>
    <message>
        <source>There is no PE named %1 in the PoP catalog.</source>
        <translation>Il n’y a pas de PE nommé %1 dans le catalogue des PoP.</translation>
    </message>
    <message>
        <source>Site %1 has no serviceability result yet; check serviceability before re-homing it.</source>
        <translation>Le site %1 n’a pas encore de résultat d’éligibilité ; vérifiez l’éligibilité avant de le rattacher ailleurs.</translation>
    </message>
    <message>
        <source>Site %1 changed after its serviceability was checked; check it again before re-homing it.</source>
        <translation>Le site %1 a changé depuis la vérification d’éligibilité ; revérifiez-le avant de le rattacher ailleurs.</translation>
    </message>
    <message>
        <source>Site %1 is reached off-net through %2, so it has no PE of its own to re-home.</source>
        <translation>Le site %1 est desservi off-net par %2 ; il n’a donc pas de PE propre à changer.</translation>
    </message>
    <message>
        <source>Site %1 is unserviceable (%2); change its access or remove it.</source>
        <translation>Le site %1 n’est pas éligible (%2) ; changez son accès ou supprimez-le.</translation>
    </message>
    <message>
        <source>Site %1 is homed on %2 already.</source>
        <translation>Le site %1 est déjà rattaché à %2.</translation>
    </message>
    <message>
        <source>PoP %1 does not sell %2 access, which site %3 needs.</source>
        <translation>Le PoP %1 ne vend pas l’accès %2 dont le site %3 a besoin.</translation>
    </message>
    <message>
        <source>Site %1 is %2 km from PoP %3; its %4 access reaches %5 km.</source>
        <translation>Le site %1 est à %2 km du PoP %3 ; son accès %4 porte à %5 km.</translation>
    </message>
    <message>
        <source>%1 at PoP %2 cannot carry the %3 of site %4.</source>
        <translation>%1 au PoP %2 ne peut pas porter les %3 du site %4.</translation>
    </message>
    <message>
        <source>Re-homed by hand from %1 to %2.</source>
        <translation>Rattaché à la main de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) were not re-homed: %1</source>
        <translation>
            <numerusform>%n site n’a pas été rattaché ailleurs : %1</numerusform>
            <numerusform>%n sites n’ont pas été rattachés ailleurs : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-home site %1 to %2</source>
        <translation>Rattacher le site %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Re-home %n site(s) to %1</source>
        <translation>
            <numerusform>Rattacher %n site à %1</numerusform>
            <numerusform>Rattacher %n sites à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The homing of %1 was not saved: %2</source>
        <translation>Le rattachement de %1 n’a pas été enregistré : %2</translation>
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
    <name>vpnwb::SolutionDesignPage</name>
    <message>
        <source>Canvas</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Place everything by an automatic layout (undoable)</source>
        <translation>Tout disposer automatiquement (annulable)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>VPN Services and Roles</source>
        <translation>Services VPN et rôles</translation>
    </message>
    <message>
        <source>Serviceability</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Modifier le site %1</translation>
    </message>
    <message numerus="yes">
        <source>Serviceability (%n open)</source>
        <translation>
            <numerusform>Éligibilité (%n en suspens)</numerusform>
            <numerusform>Éligibilité (%n en suspens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites not checked, unserviceable, or changed since their check: %1</source>
        <translation>Sites non vérifiés, non éligibles ou modifiés depuis la vérification : %1</translation>
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
    <message>
        <source>Step %1 cannot be marked done: %2</source>
        <translation>L’étape %1 ne peut pas être marquée comme terminée : %2</translation>
    </message>
</context>
<context>
    <name>vpnwb::TopologyController</name>
    <message>
        <source>Move %1 on the canvas</source>
        <translation>Déplacer %1 sur le schéma</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items on the canvas</source>
        <translation>
            <numerusform>Déplacer %n élément sur le schéma</numerusform>
            <numerusform>Déplacer %n éléments sur le schéma</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the canvas geographically</source>
        <translation>Disposer le schéma selon la géographie</translation>
    </message>
    <message>
        <source>Arrange the canvas as rings around the hubs</source>
        <translation>Disposer le schéma en anneaux autour des hubs</translation>
    </message>
    <message>
        <source>Arrange the canvas by forces</source>
        <translation>Disposer le schéma par forces</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Il n’y a pas de site %1.</translation>
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
        <translation>VPN : %1</translation>
    </message>
    <message>
        <source>Serviceability not checked yet</source>
        <translation>Éligibilité pas encore vérifiée</translation>
    </message>
    <message>
        <source>On-net: %1 at %2</source>
        <translation>On-net : %1 à %2</translation>
    </message>
    <message>
        <source>On-net: %1 at %2 and %3 at %4</source>
        <translation>On-net : %1 à %2 et %3 à %4</translation>
    </message>
    <message>
        <source>, %1 km</source>
        <translation>, %1 km</translation>
    </message>
    <message>
        <source>Off-net through %1, %2 days</source>
        <translation>Off-net via %1, %2 jours</translation>
    </message>
    <message>
        <source>Unserviceable: %1</source>
        <translation>Non éligible : %1</translation>
    </message>
    <message>
        <source>(the site changed since; check again)</source>
        <translation>(le site a changé depuis ; à revérifier)</translation>
    </message>
    <message>
        <source>PoP %1 — %2, %3 (%4)</source>
        <translation>PoP %1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>%1, loopback %2</source>
        <translation>%1, loopback %2</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) homed here; drop sites here to re-home them</source>
        <translation>
            <numerusform>%n site rattaché ici ; déposez des sites ici pour les y rattacher</numerusform>
            <numerusform>%n sites rattachés ici ; déposez des sites ici pour les y rattacher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 VPN of %n site(s)</source>
        <translation>
            <numerusform>VPN %1 de %n site</numerusform>
            <numerusform>VPN %1 de %n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpnwb::TopologyView</name>
    <message>
        <source>Topology canvas</source>
        <translation>Schéma de topologie</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Ajuster à la vue</translation>
    </message>
    <message>
        <source>Show the whole canvas (F)</source>
        <translation>Afficher tout le schéma (F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the wheel)</source>
        <translation>Zoom avant (Ctrl++ ou la molette)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+- or the wheel)</source>
        <translation>Zoom arrière (Ctrl+- ou la molette)</translation>
    </message>
    <message>
        <source>&amp;Find Site…</source>
        <translation>&amp;Chercher un site…</translation>
    </message>
    <message>
        <source>Find a site by id or name (Ctrl+F)</source>
        <translation>Chercher un site par identifiant ou nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every item (Ctrl+A)</source>
        <translation>Sélectionner tous les éléments (Ctrl+A)</translation>
    </message>
    <message>
        <source>&amp;Remove Sites</source>
        <translation>&amp;Supprimer les sites</translation>
    </message>
    <message>
        <source>Remove the selected sites (Delete)</source>
        <translation>Supprimer les sites sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the canvas as a picture</source>
        <translation>Enregistrer le schéma comme image</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the canvas as a drawing for proposals</source>
        <translation>Enregistrer le schéma comme dessin pour les offres</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>Show the key to the symbols</source>
        <translation>Afficher la légende des symboles</translation>
    </message>
    <message>
        <source>&amp;Access Links</source>
        <translation>Liens d’&amp;accès</translation>
    </message>
    <message>
        <source>Show the sites&apos; access circuits to their PEs</source>
        <translation>Afficher les accès des sites vers leurs PE</translation>
    </message>
    <message>
        <source>&amp;VPN Paths</source>
        <translation>Chemins &amp;VPN</translation>
    </message>
    <message>
        <source>Show the spokes&apos; paths to their hubs and the VPN clouds</source>
        <translation>Afficher les chemins des spokes vers leurs hubs et les nuages VPN</translation>
    </message>
    <message>
        <source>&amp;Geographic</source>
        <translation>&amp;Géographique</translation>
    </message>
    <message>
        <source>Place everything where it is on the map</source>
        <translation>Placer chaque élément à sa position sur la carte</translation>
    </message>
    <message>
        <source>&amp;Radial</source>
        <translation>&amp;Radiale</translation>
    </message>
    <message>
        <source>Hubs in the middle, PEs and spokes on rings around them</source>
        <translation>Hubs au centre, PE et spokes sur des anneaux autour</translation>
    </message>
    <message>
        <source>&amp;Force-Directed</source>
        <translation>Par &amp;forces</translation>
    </message>
    <message>
        <source>Let links pull and nodes push until they settle</source>
        <translation>Les liens attirent, les nœuds se repoussent jusqu’à l’équilibre</translation>
    </message>
    <message>
        <source>Find a site by id or name; Enter for the next</source>
        <translation>Chercher un site par identifiant ou nom ; Entrée pour le suivant</translation>
    </message>
    <message>
        <source>Legend of the topology canvas</source>
        <translation>Légende du schéma de topologie</translation>
    </message>
    <message>
        <source>The engagement changed while the layout was worked out; arrange again.</source>
        <translation>L’affaire a changé pendant le calcul de la disposition ; disposez à nouveau.</translation>
    </message>
    <message>
        <source>No site matches “%1”.</source>
        <translation>Aucun site ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 — match %2 of %3; Enter for the next</source>
        <translation>%1 — résultat %2 sur %3 ; Entrée pour le suivant</translation>
    </message>
    <message>
        <source>Select the Sites Homed Here</source>
        <translation>Sélectionner les sites rattachés ici</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Définir le &amp;rôle</translation>
    </message>
    <message>
        <source>Re-home &amp;to</source>
        <translation>Ra&amp;ttacher à</translation>
    </message>
    <message>
        <source>Remove Site %1</source>
        <translation>Supprimer le site %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Sites</source>
        <translation>
            <numerusform>Supprimer %n site</numerusform>
            <numerusform>Supprimer %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposer</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>topologie</translation>
    </message>
    <message>
        <source>Export Canvas as SVG</source>
        <translation>Exporter le schéma en SVG</translation>
    </message>
    <message>
        <source>Export Canvas as PNG</source>
        <translation>Exporter le schéma en PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n site(s), %2</source>
        <translation>
            <numerusform>%1 — %n site, %2</numerusform>
            <numerusform>%1 — %n sites, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>vpnwb::VpnMembershipModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Non membre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 — %2: the role of each site in this VPN</source>
        <translation>%1 — %2 : le rôle de chaque site dans ce VPN</translation>
    </message>
    <message>
        <source>Site %1 in VPN %2: “%3” is not a role; choose hub, spoke or nothing.</source>
        <translation>Site %1 dans le VPN %2 : « %3 » n’est pas un rôle ; choisissez hub, spoke ou rien.</translation>
    </message>
</context>
<context>
    <name>vpnwb::VpnServicesView</name>
    <message>
        <source>&amp;Add VPN…</source>
        <translation>&amp;Ajouter un VPN…</translation>
    </message>
    <message>
        <source>Add another VPN over the same sites, e.g. GUEST or PCI</source>
        <translation>Ajouter un autre VPN sur les mêmes sites, p. ex. GUEST ou PCI</translation>
    </message>
    <message>
        <source>Remove VPN</source>
        <translation>Supprimer le VPN</translation>
    </message>
    <message>
        <source>Remove the selected VPN (undoable)</source>
        <translation>Supprimer le VPN sélectionné (annulable)</translation>
    </message>
    <message>
        <source>Double-click a cell to choose the site&apos;s role in that VPN</source>
        <translation>Double-cliquez sur une cellule pour choisir le rôle du site dans ce VPN</translation>
    </message>
    <message>
        <source>Filter sites by id</source>
        <translation>Filtrer les sites par identifiant</translation>
    </message>
    <message>
        <source>&lt;b&gt;VPN services&lt;/b&gt; — double-click the topology or the shared services to change them</source>
        <translation>&lt;b&gt;Services VPN&lt;/b&gt; — double-cliquez sur la topologie ou les services partagés pour les changer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site roles per VPN&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rôles des sites par VPN&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add VPN</source>
        <translation>Ajouter un VPN</translation>
    </message>
    <message>
        <source>Id of the new VPN (e.g. GUEST):</source>
        <translation>Identifiant du nouveau VPN (p. ex. GUEST) :</translation>
    </message>
    <message>
        <source>Name of VPN %1:</source>
        <translation>Nom du VPN %1 :</translation>
    </message>
</context>
<context>
    <name>vpnwb::VpnTableModel</name>
    <message>
        <source>Any-to-any: every site reaches every other. Hub-and-spoke: spokes reach each other only through the hubs (one or two). Disjoint: each spoke&apos;s traffic to a hub stays apart.</source>
        <translation>Any-to-any : chaque site joint tous les autres. Hub-and-spoke : les spokes ne se joignent qu’à travers les hubs (un ou deux). Disjoint : le trafic de chaque spoke vers un hub reste séparé.</translation>
    </message>
    <message>
        <source>This hub-and-spoke VPN has no hub yet: make one or two of its sites hubs in the roles table.</source>
        <translation>Ce VPN hub-and-spoke n’a pas encore de hub : faites d’un ou deux de ses sites des hubs dans le tableau des rôles.</translation>
    </message>
    <message>
        <source>Extranet: the VPNs that reach this VPN&apos;s shared services, separated by commas.</source>
        <translation>Extranet : les VPN qui accèdent aux services partagés de ce VPN, séparés par des virgules.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Shared services for</source>
        <translation>Services partagés pour</translation>
    </message>
    <message>
        <source>VPN %1: “%2” is not a topology; choose %3.</source>
        <translation>VPN %1 : « %2 » n’est pas une topologie ; choisissez %3.</translation>
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
