#include "flowstep.h"

#include <QtGlobal>

namespace vpnwb {

const QList<FlowStep> &FlowStep::all()
{
    static const QList<FlowStep> steps{
        {1, QT_TRANSLATE_NOOP("FlowStep", "Enterprise RFP & Solution Design"),
         QT_TRANSLATE_NOOP("FlowStep", "BSS"),
         QT_TRANSLATE_NOOP("FlowStep", "CRM, Solution Design Tool, Serviceability Engine"),
         QT_TRANSLATE_NOOP("FlowStep", "CRM & Retention Management"),
         QT_TRANSLATE_NOOP("FlowStep", "Manage Customer Interaction"),
         QT_TRANSLATE_NOOP("FlowStep", "Site intake from CSV or IETF L3SM, serviceability against the PoP "
                                       "catalog, topology choice and the topology canvas.")},
        {2, QT_TRANSLATE_NOOP("FlowStep", "Configure & Price VPN Solution"),
         QT_TRANSLATE_NOOP("FlowStep", "BSS"),
         QT_TRANSLATE_NOOP("FlowStep", "CPQ, Product Catalog, Pricing Engine, Proposal Generator"),
         QT_TRANSLATE_NOOP("FlowStep", "Selling"), QT_TRANSLATE_NOOP("FlowStep", "Negotiate Sale"),
         QT_TRANSLATE_NOOP("FlowStep", "Product catalog, per-site pricing, discount approvals and the "
                                       "proposal PDF.")},
        {3, QT_TRANSLATE_NOOP("FlowStep", "Contract Signing & Order Capture"),
         QT_TRANSLATE_NOOP("FlowStep", "BSS"),
         QT_TRANSLATE_NOOP("FlowStep", "COM, CRM, Contract Management, Product Catalog"),
         QT_TRANSLATE_NOOP("FlowStep", "Order Handling"),
         QT_TRANSLATE_NOOP("FlowStep", "Issue Customer Orders"),
         QT_TRANSLATE_NOOP("FlowStep", "Contract signature and the customer order (TMF622).")},
        {4, QT_TRANSLATE_NOOP("FlowStep", "Service Decomposition & VRF Design"),
         QT_TRANSLATE_NOOP("FlowStep", "OSS"),
         QT_TRANSLATE_NOOP("FlowStep", "SOM, Service Catalog, IPAM, Network Design Tool"),
         QT_TRANSLATE_NOOP("FlowStep", "Service Configuration & Activation"),
         QT_TRANSLATE_NOOP("FlowStep", "Design Solution"),
         QT_TRANSLATE_NOOP("FlowStep", "VRFs, route distinguishers and targets, link addressing, ports and "
                                       "VLANs, with the design validator and IETF L3NM export.")},
        {5, QT_TRANSLATE_NOOP("FlowStep", "QoS & Policy Configuration Design"),
         QT_TRANSLATE_NOOP("FlowStep", "OSS"),
         QT_TRANSLATE_NOOP("FlowStep", "SOM, Service Inventory, Policy Engine, QoS Designer"),
         QT_TRANSLATE_NOOP("FlowStep", "Service Configuration & Activation"),
         QT_TRANSLATE_NOOP("FlowStep", "Allocate & Install Service"),
         QT_TRANSLATE_NOOP("FlowStep", "QoS class models, per-site allocations and routing policy.")},
        {6, QT_TRANSLATE_NOOP("FlowStep", "PE Router & CPE Provisioning"),
         QT_TRANSLATE_NOOP("FlowStep", "OSS"),
         QT_TRANSLATE_NOOP("FlowStep", "ROM, NSO/NETCONF, PE Routers, CPE Management, Field Ops"),
         QT_TRANSLATE_NOOP("FlowStep", "Resource Provisioning"),
         QT_TRANSLATE_NOOP("FlowStep", "Configure & Activate Resource"),
         QT_TRANSLATE_NOOP("FlowStep", "Multi-vendor configuration preview and the transactional push over "
                                       "SSH and NETCONF.")},
        {7, QT_TRANSLATE_NOOP("FlowStep", "Site Installation & Turn-Up"),
         QT_TRANSLATE_NOOP("FlowStep", "OSS"),
         QT_TRANSLATE_NOOP("FlowStep", "Field Dispatch, CPE Management, Network Testing, ROM"),
         QT_TRANSLATE_NOOP("FlowStep", "Resource Provisioning"),
         QT_TRANSLATE_NOOP("FlowStep", "Configure & Activate Resource"),
         QT_TRANSLATE_NOOP("FlowStep", "Field dispatch, CPE turn-up and acceptance tests per site.")},
        {8, QT_TRANSLATE_NOOP("FlowStep", "Inventory & Billing Activation"),
         QT_TRANSLATE_NOOP("FlowStep", "BSS + OSS"),
         QT_TRANSLATE_NOOP("FlowStep", "Service/Resource/Product Inventory, Billing"),
         QT_TRANSLATE_NOOP("FlowStep", "Billing & Revenue Management"),
         QT_TRANSLATE_NOOP("FlowStep", "Apply Pricing, Discounting & Rating"),
         QT_TRANSLATE_NOOP("FlowStep", "Service and resource inventory records (TMF638/639) and billing "
                                       "activation.")},
        {9, QT_TRANSLATE_NOOP("FlowStep", "Enterprise Handover & SLA Baseline"),
         QT_TRANSLATE_NOOP("FlowStep", "BSS"),
         QT_TRANSLATE_NOOP("FlowStep", "CRM, SLA Management, Customer Portal, Service Desk"),
         QT_TRANSLATE_NOOP("FlowStep", "Order Handling"),
         QT_TRANSLATE_NOOP("FlowStep", "Complete Customer Order"),
         QT_TRANSLATE_NOOP("FlowStep", "Handover pack and the SLA baseline measured per site.")},
        {10, QT_TRANSLATE_NOOP("FlowStep", "Proactive VPN Monitoring"), QT_TRANSLATE_NOOP("FlowStep", "OSS"),
         QT_TRANSLATE_NOOP("FlowStep", "Assurance, Performance Management, SLA Manager, NOC"),
         QT_TRANSLATE_NOOP("FlowStep", "Service Quality Management"),
         QT_TRANSLATE_NOOP("FlowStep", "Monitor Service Quality"),
         QT_TRANSLATE_NOOP("FlowStep", "Live SLA charts, alarms and reports.")},
    };
    return steps;
}

const FlowStep *FlowStep::byNumber(int number)
{
    const auto &steps = all();
    if (number < 1 || number > steps.size())
        return nullptr;
    return &steps[number - 1];
}

} // namespace vpnwb
