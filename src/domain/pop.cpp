#include "pop.h"

namespace vpnwb {

const AccessOffer *Pop::offer(AccessType type) const
{
    for (const AccessOffer &o : access) {
        if (o.type == type)
            return &o;
    }
    return nullptr;
}

} // namespace vpnwb
