#!/usr/bin/env python3
"""The peer of bench/render_bench.cpp: the same FRR and IOS XR configurations
rendered with Jinja2 templates, the way an Ansible or Nornir pipeline renders
them. The templates are compiled once; each pass renders every device of the
set, free text made safe by a filter with the workbench's rule.

Usage: render_peer.py DIR [PASSES]
DIR holds what `render_bench --write-peer-input=DIR` wrote: frr.json and
iosxr.json (the device designs) and frr.ours.txt, iosxr.ours.txt (the
workbench's renderings). The peer first checks that its output is the same
text, device by device, then times PASSES passes (default 5) and prints one
line per vendor (wall and CPU medians of the passes; rates by CPU time):
  peer VENDOR: N configs, X MB, median W s, cpu C s, R configs/s, M MB/s (CPU), identical I/N
"""

import json
import statistics
import sys
import time
import unicodedata

import jinja2

# --- free text: the workbench's SafeText rule (docs/RENDERERS.md) ----------

SPELLED = {"ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
           "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th", "ı": "i", "–": "-", "—": "-", "‘": "'", "’": "'",
           "“": '"', "”": '"'}
FORBIDDEN = {"frr": "?\\|", "iosxr": "?\\"}
LIMITS = {"frr": {"interface": 200, "neighbor": 80, "vrf": 200}, "iosxr": {"interface": 240, "neighbor": 80, "vrf": 240}}


def to_ascii(text):
    out = []
    for c in text:
        o = ord(c)
        if 0x20 <= o < 0x7F:
            out.append(c)
            continue
        if o > 0xFFFF:
            out.append("_")
            continue
        cat = unicodedata.category(c)
        if cat == "Cf":
            continue
        if o < 0x20 or o == 0x7F or cat in ("Cc", "Zl", "Zp", "Zs"):
            out.append(" ")
            continue
        if c in SPELLED:
            out.append(SPELLED[c])
            continue
        kept = [d for d in unicodedata.normalize("NFKD", c) if 0x20 <= ord(d) < 0x7F]
        out.append("".join(kept) if kept else "_")
    return "".join(out)


def safe(text, vendor, field):
    ascii_text = to_ascii(text).replace('"', "'")
    limit = LIMITS[vendor][field]
    forbidden = FORBIDDEN[vendor]
    out = []
    pending = False
    for c in ascii_text:
        if c == " ":
            pending = bool(out)
            continue
        if pending:
            if len(out) + 1 >= limit:
                break
            out.append(" ")
            pending = False
        if len(out) >= limit:
            break
        out.append("_" if c in forbidden else c)
    if out.count("'") % 2:
        i = len(out) - 1 - out[::-1].index("'")
        out[i] = "_"
    return "".join(out)


def or_longer(prefix):
    return prefix if prefix.endswith("/32") else prefix + " le 32"


def netmask(length):
    value = (0xFFFFFFFF << (32 - length)) & 0xFFFFFFFF if length > 0 else 0
    return ".".join(str((value >> s) & 0xFF) for s in (24, 16, 8, 0))


def dscp_name(cp):
    if cp == 0:
        return "default"
    if cp == 46:
        return "ef"
    if cp % 8 == 0:
        return "cs%d" % (cp // 8)
    af, drop = cp >> 3, (cp >> 1) & 3
    if cp & 1 == 0 and 1 <= af <= 4 and drop >= 1:
        return "af%d%d" % (af, drop)
    return str(cp)


# --- templates --------------------------------------------------------------

FRR = r"""! Linux host, before loading: the VRF and VLAN devices (FRR does not create them)
{% for v in d.vrfs %}
! ip link add {{ v.name }} type vrf table {{ 1000 + (v.serviceId or loop.index) }}
! ip link set {{ v.name }} up
{% endfor %}
{% for a in d.attachments if a.vlan %}
! ip link add link {{ a.parentInterface }} name {{ a.parentInterface }}.{{ a.vlan }} type vlan id {{ a.vlan }}
! ip link set {{ a.parentInterface }}.{{ a.vlan }}{{ (' master ' ~ a.vrf) if a.vrf }} up
{% endfor %}
{% for l in d.lanInterfaces if l.vlan %}
! ip link add link {{ l.name }} name {{ l.name }}.{{ l.vlan }} type vlan id {{ l.vlan }}
! ip link set {{ l.name }}.{{ l.vlan }}{{ (' master ' ~ l.vrf) if l.vrf }} up
{% endfor %}
!
{% macro statics(a, indent) %}
{% if a.staticRouting %}
{% if pe %}
{% for p in a.staticRouting.lanPrefixes %}
{{ indent }}ip route {{ p }} {{ a.ceAddress }}
{% endfor %}
{% else %}
{{ indent }}ip route 0.0.0.0/0 {{ a.peAddress }}
{% endif %}
{% endif %}
{% endmacro %}
{% for v in d.vrfs %}
vrf {{ v.name }}
{% for a in d.attachments if a.vrf == v.name %}
{{ statics(a, ' ') }}{% endfor %}
exit-vrf
!
{% endfor %}
{% set global_statics = d.attachments | selectattr('vrf', 'equalto', '') | selectattr('staticRouting') | list %}
{% for a in global_statics %}
{{ statics(a, '') }}{% endfor %}
{% if global_statics %}
!
{% endif %}
interface lo
 ip address {{ d.loopback }}/32
exit
!
{% for a in d.attachments %}
interface {{ a.parentInterface }}{{ ('.' ~ a.vlan) if a.vlan }}{{ (' vrf ' ~ a.vrf) if a.vrf }}
{% set text = a.description | safe('frr', 'interface') %}
{% if text %}
 description {{ text }}
{% endif %}
 ip address {{ a.peAddress if pe else a.ceAddress }}/{{ a.prefixLength }}
exit
!
{% endfor %}
{% for l in d.lanInterfaces %}
interface {{ l.name }}{{ ('.' ~ l.vlan) if l.vlan }}{{ (' vrf ' ~ l.vrf) if l.vrf }}
{% set text = l.description | safe('frr', 'interface') %}
{% if text %}
 description {{ text }}
{% endif %}
 ip address {{ l.address }}/{{ l.prefixLength }}
exit
!
{% endfor %}
{% for a in d.attachments if a.bgp %}
{% for p in a.bgp.lanPrefixes %}
ip prefix-list {{ a.name }}-LAN seq {{ loop.index * 5 }} permit {{ (p | or_longer) if pe else p }}
{% endfor %}
{% endfor %}
{% for v in d.vrfs %}
{% for policy in [v.importPolicy, v.exportPolicy] if policy %}
{% for t in policy.terms %}
{% for p in t.matchPrefixes %}
ip prefix-list {{ policy.name }}-{{ t.name }} seq {{ loop.index * 5 }} permit {{ p | or_longer }}
{% endfor %}
{% endfor %}
{% endfor %}
{% endfor %}
!
{% set ns = namespace(lists=false) %}
{% for v in d.vrfs %}
{% for policy in [v.importPolicy, v.exportPolicy] if policy %}
{% for t in policy.terms %}
{% for rt in t.matchRouteTargets %}
{% set ns.lists = true %}
bgp extcommunity-list standard {{ policy.name }}-{{ t.name }} seq {{ loop.index * 5 }} permit rt {{ rt }}
{% endfor %}
{% endfor %}
{% endfor %}
{% endfor %}
{% if ns.lists %}
!
{% endif %}
{% for a in d.attachments if a.bgp %}
route-map {{ a.name }}-IN permit 10
{% if pe and a.bgp.lanPrefixes %}
 match ip address prefix-list {{ a.name }}-LAN
{% endif %}
{% if pe and a.bgp.localPreference > 0 %}
 set local-preference {{ a.bgp.localPreference }}
{% endif %}
exit
!
route-map {{ a.name }}-OUT permit 10
{% if not pe and a.bgp.lanPrefixes %}
 match ip address prefix-list {{ a.name }}-LAN
{% endif %}
exit
!
{% endfor %}
{% for v in d.vrfs %}
{% for policy in [v.importPolicy, v.exportPolicy] if policy %}
{% for t in policy.terms %}
route-map {{ policy.name }} {{ 'permit' if t.action == 'accept' else 'deny' }} {{ loop.index * 10 }}
{% if t.matchPrefixes %}
 match ip address prefix-list {{ policy.name }}-{{ t.name }}
{% endif %}
{% if t.matchRouteTargets %}
 match extcommunity {{ policy.name }}-{{ t.name }}
{% endif %}
{% if t.localPreference > 0 %}
 set local-preference {{ t.localPreference }}
{% endif %}
{% if t.addRouteTargets %}
 set extcommunity rt {{ t.addRouteTargets | join(' ') }}
{% endif %}
exit
!
{% endfor %}
{% endfor %}
{% endfor %}
{% if pe %}
router bgp {{ d.providerAs }}
 bgp router-id {{ d.loopback }}
 no bgp default ipv4-unicast
{% for n in d.coreNeighbors %}
 neighbor {{ n.address }} remote-as {{ d.providerAs }}
 neighbor {{ n.address }} description {{ n.name }}
 neighbor {{ n.address }} update-source lo
{% endfor %}
{% if d.coreNeighbors %}
 !
 address-family ipv4 vpn
{% for n in d.coreNeighbors %}
  neighbor {{ n.address }} activate
{% endfor %}
 exit-address-family
{% endif %}
exit
!
{% for v in d.vrfs %}
{% set mine = d.attachments | selectattr('vrf', 'equalto', v.name) | list %}
router bgp {{ d.providerAs }} vrf {{ v.name }}
 bgp router-id {{ d.loopback }}
 no bgp default ipv4-unicast
{% for a in mine if a.bgp %}
 neighbor {{ a.ceAddress }} remote-as {{ a.bgp.peerAs }}
{% set text = a.siteName | safe('frr', 'neighbor') %}
{% if text %}
 neighbor {{ a.ceAddress }} description {{ text }}
{% endif %}
{% endfor %}
 !
 address-family ipv4 unicast
  redistribute connected
{% if mine | selectattr('staticRouting') | list %}
  redistribute static
{% endif %}
{% for a in mine if a.bgp %}
  neighbor {{ a.ceAddress }} activate
{% if a.bgp.asOverride %}
  neighbor {{ a.ceAddress }} as-override
{% endif %}
{% if a.bgp.maxPrefix > 0 %}
  neighbor {{ a.ceAddress }} maximum-prefix {{ a.bgp.maxPrefix }}
{% endif %}
{% if a.bgp.allowAsIn > 0 %}
  neighbor {{ a.ceAddress }} allowas-in {{ a.bgp.allowAsIn }}
{% endif %}
{% if a.bgp.siteOfOrigin %}
  neighbor {{ a.ceAddress }} soo {{ a.bgp.siteOfOrigin }}
{% endif %}
  neighbor {{ a.ceAddress }} route-map {{ a.name }}-IN in
  neighbor {{ a.ceAddress }} route-map {{ a.name }}-OUT out
{% endfor %}
{% if v.importPolicy %}
  route-map vpn import {{ v.importPolicy.name }}
{% endif %}
  label vpn export auto
  rd vpn export {{ v.routeDistinguisher }}
{% if v.importRouteTargets == v.exportRouteTargets %}
  rt vpn both {{ v.importRouteTargets | join(' ') }}
{% else %}
  rt vpn import {{ v.importRouteTargets | join(' ') }}
  rt vpn export {{ v.exportRouteTargets | join(' ') }}
{% endif %}
{% if v.exportPolicy %}
  route-map vpn export {{ v.exportPolicy.name }}
{% endif %}
  export vpn
  import vpn
 exit-address-family
exit
!
{% endfor %}
{% else %}
{% for vrf in (d.vrfs | map(attribute='name') | list) + [''] %}
{% set peerings = d.attachments | selectattr('vrf', 'equalto', vrf) | selectattr('bgp') | list %}
{% if peerings %}
router bgp {{ d.localAs }}{{ (' vrf ' ~ vrf) if vrf }}
 bgp router-id {{ d.loopback }}
 no bgp default ipv4-unicast
{% for a in peerings %}
 neighbor {{ a.peAddress }} remote-as {{ a.bgp.peerAs }}
{% set text = a.description | safe('frr', 'neighbor') %}
{% if text %}
 neighbor {{ a.peAddress }} description {{ text }}
{% endif %}
{% endfor %}
 !
 address-family ipv4 unicast
{% for p in peerings | map(attribute='bgp') | map(attribute='lanPrefixes') | sum(start=[]) | unique %}
  network {{ p }}
{% endfor %}
{% for a in peerings %}
  neighbor {{ a.peAddress }} activate
{% if a.bgp.allowAsIn > 0 %}
  neighbor {{ a.peAddress }} allowas-in {{ a.bgp.allowAsIn }}
{% endif %}
  neighbor {{ a.peAddress }} route-map {{ a.name }}-IN in
  neighbor {{ a.peAddress }} route-map {{ a.name }}-OUT out
{% endfor %}
 exit-address-family
exit
!
{% endif %}
{% endfor %}
{% endif %}
"""

IOSXR = r"""{% for v in d.vrfs %}
vrf {{ v.name }}
{% set text = (d.customerName ~ ' / ' ~ v.vpnName) | safe('iosxr', 'vrf') %}
{% if text %}
 description {{ text }}
{% endif %}
 address-family ipv4 unicast
{% if v.importPolicy %}
  import route-policy {{ v.importPolicy.name }}
{% endif %}
  import route-target
{% for rt in v.importRouteTargets %}
   {{ rt }}
{% endfor %}
  !
{% if v.exportPolicy %}
  export route-policy {{ v.exportPolicy.name }}
{% endif %}
  export route-target
{% for rt in v.exportRouteTargets %}
   {{ rt }}
{% endfor %}
  !
{% if v.maxRoutes > 0 %}
  maximum prefix {{ v.maxRoutes }} 75
{% endif %}
 !
!
{% endfor %}
{% macro prefix_set(name, prefixes) %}
prefix-set {{ name }}
{% for p in prefixes %}
  {{ p | or_longer }}{{ ',' if not loop.last }}
{% endfor %}
end-set
!
{% endmacro %}
{% for a in d.attachments if a.bgp and a.bgp.lanPrefixes %}
{{ prefix_set(a.name ~ '-LAN', a.bgp.lanPrefixes) }}{% endfor %}
{% for v in d.vrfs %}
{% for policy in [v.importPolicy, v.exportPolicy] if policy %}
{% for t in policy.terms %}
{% if t.matchPrefixes %}
{{ prefix_set(policy.name ~ '-' ~ t.name, t.matchPrefixes) }}{% endif %}
{% if t.matchRouteTargets %}
extcommunity-set rt {{ policy.name }}-{{ t.name }}
{% for rt in t.matchRouteTargets %}
  {{ rt }}{{ ',' if not loop.last }}
{% endfor %}
end-set
!
{% endif %}
{% endfor %}
{% endfor %}
{% endfor %}
{% for a in d.attachments if a.bgp %}
route-policy {{ a.name }}-IN
{% if a.bgp.lanPrefixes %}
  if destination in {{ a.name }}-LAN then
{% if a.bgp.localPreference > 0 %}
    set local-preference {{ a.bgp.localPreference }}
{% endif %}
    pass
  else
    drop
  endif
{% else %}
{% if a.bgp.localPreference > 0 %}
  set local-preference {{ a.bgp.localPreference }}
{% endif %}
  pass
{% endif %}
end-policy
!
route-policy {{ a.name }}-OUT
  pass
end-policy
!
{% endfor %}
{% for v in d.vrfs %}
{% for policy in [v.importPolicy, v.exportPolicy] if policy %}
route-policy {{ policy.name }}
{% for t in policy.terms %}
{% set conditions = [] %}
{% if t.matchPrefixes %}{% set _ = conditions.append('destination in ' ~ policy.name ~ '-' ~ t.name) %}{% endif %}
{% if t.matchRouteTargets %}{% set _ = conditions.append('extcommunity rt matches-any ' ~ policy.name ~ '-' ~ t.name) %}{% endif %}
{% set indent = '    ' if conditions else '  ' %}
{% if conditions %}
  if {{ conditions | join(' and ') }} then
{% endif %}
{% if t.action == 'reject' %}
{{ indent }}drop
{% else %}
{% if t.localPreference > 0 %}
{{ indent }}set local-preference {{ t.localPreference }}
{% endif %}
{% if t.addRouteTargets %}
{{ indent }}set extcommunity rt ({{ t.addRouteTargets | join(', ') }}) additive
{% endif %}
{{ indent }}done
{% endif %}
{% if conditions %}
  endif
{% endif %}
{% endfor %}
  drop
end-policy
!
{% endfor %}
{% endfor %}
{% set ns = namespace(written=[]) %}
{% for a in d.attachments if a.qos %}
{% for k in a.qos.classes if k.dscp and (a.qos.model ~ '-' ~ k.name) not in ns.written %}
{% set ns.written = ns.written + [a.qos.model ~ '-' ~ k.name] %}
class-map match-any {{ a.qos.model }}-{{ k.name }}
 match dscp {{ k.dscp | map('dscp_name') | join(' ') }}
 end-class-map
!
{% endfor %}
{% endfor %}
{% for a in d.attachments if a.qos %}
policy-map {{ a.name }}-QOS
{% for k in a.qos.classes if k.dscp %}
 class {{ a.qos.model }}-{{ k.name }}
{% if k.priority %}
  priority level 1
{% if a.qos.efPolicingKbps > 0 %}
  police rate {{ a.qos.efPolicingKbps }} kbps
  !
{% endif %}
{% else %}
  bandwidth remaining percent {{ k.percent }}
{% endif %}
 !
{% endfor %}
{% for k in a.qos.classes if not k.dscp %}
 class class-default
  bandwidth remaining percent {{ k.percent }}
 !
{% endfor %}
 end-policy-map
!
{% if a.qos.shapingRateKbps > 0 %}
policy-map {{ a.name }}-SHAPE
 class class-default
  shape average {{ a.qos.shapingRateKbps }} kbps
  service-policy {{ a.name }}-QOS
 !
 end-policy-map
!
{% endif %}
{% endfor %}
interface Loopback0
 ipv4 address {{ d.loopback }} 255.255.255.255
!
{% for a in d.attachments %}
interface {{ a.parentInterface }}.{{ a.vlan }}
{% set text = a.description | safe('iosxr', 'interface') %}
{% if text %}
 description {{ text }}
{% endif %}
 vrf {{ a.vrf }}
 ipv4 address {{ a.peAddress }} {{ a.prefixLength | netmask }}
 encapsulation dot1q {{ a.vlan }}
{% if a.qos %}
 service-policy output {{ a.name }}-{{ 'SHAPE' if a.qos.shapingRateKbps > 0 else 'QOS' }}
{% endif %}
!
{% endfor %}
router bgp {{ d.providerAs }}
 bgp router-id {{ d.loopback }}
 address-family vpnv4 unicast
 !
{% for n in d.coreNeighbors %}
 neighbor {{ n.address }}
  remote-as {{ d.providerAs }}
  description {{ n.name }}
  update-source Loopback0
  address-family vpnv4 unicast
  !
 !
{% endfor %}
{% for v in d.vrfs %}
{% set mine = d.attachments | selectattr('vrf', 'equalto', v.name) | list %}
 vrf {{ v.name }}
  rd {{ v.routeDistinguisher }}
  address-family ipv4 unicast
   redistribute connected
{% if mine | selectattr('staticRouting') | list %}
   redistribute static
{% endif %}
  !
{% for a in mine if a.bgp %}
  neighbor {{ a.ceAddress }}
   remote-as {{ a.bgp.peerAs }}
{% set text = a.siteName | safe('iosxr', 'neighbor') %}
{% if text %}
   description {{ text }}
{% endif %}
   address-family ipv4 unicast
    route-policy {{ a.name }}-IN in
{% if a.bgp.maxPrefix > 0 %}
    maximum-prefix {{ a.bgp.maxPrefix }} 75
{% endif %}
    route-policy {{ a.name }}-OUT out
{% if a.bgp.asOverride %}
    as-override
{% endif %}
{% if a.bgp.allowAsIn > 0 %}
    allowas-in {{ a.bgp.allowAsIn }}
{% endif %}
{% if a.bgp.siteOfOrigin %}
    site-of-origin {{ a.bgp.siteOfOrigin }}
{% endif %}
   !
  !
{% endfor %}
 !
{% endfor %}
!
{% set ns2 = namespace(any=false) %}
{% for v in d.vrfs %}
{% for a in d.attachments if a.vrf == v.name and a.staticRouting %}
{% if not ns2.any %}
router static
{% set ns2.any = true %}
{% endif %}
{% if loop.first %}
 vrf {{ v.name }}
  address-family ipv4 unicast
{% endif %}
{% for p in a.staticRouting.lanPrefixes %}
   {{ p }} {{ a.ceAddress }}
{% endfor %}
{% if loop.last %}
  !
 !
{% endif %}
{% endfor %}
{% endfor %}
{% if ns2.any %}
!
{% endif %}
"""


def environment():
    env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.ChainableUndefined, autoescape=False)
    env.filters["safe"] = safe
    env.filters["or_longer"] = or_longer
    env.filters["netmask"] = netmask
    env.filters["dscp_name"] = dscp_name
    return env


def normalise(device):
    """Fills what the JSON leaves out (the workbench omits empty parts), as a template expects."""
    for a in device.get("attachments", []):
        a.setdefault("vrf", "")
        a.setdefault("vlan", 0)
    for l in device.get("lanInterfaces", []):
        l.setdefault("vrf", "")
        l.setdefault("vlan", 0)
    return device


def ours_by_device(path):
    out, name, lines = {}, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#### "):
                if name is not None:
                    out[name] = "".join(lines)
                name, lines = line[5:].rstrip("\n"), []
            else:
                lines.append(line)
    if name is not None:
        out[name] = "".join(lines)
    return out


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = sys.argv[1]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    env = environment()
    for vendor, source in (("frr", FRR), ("iosxr", IOSXR)):
        with open(f"{folder}/{vendor}.json", encoding="utf-8") as f:
            devices = [normalise(d) for d in json.load(f)["devices"]]
        template = env.from_string(source)  # compiled once
        ours = ours_by_device(f"{folder}/{vendor}.ours.txt")

        def render(d):
            return template.render(d=d, pe=d["role"] == "pe")

        identical = 0
        first_difference = None
        for d in devices:
            text = render(d)
            if text == ours.get(d["name"]):
                identical += 1
            elif first_difference is None:
                mine, theirs = text.splitlines(), ours.get(d["name"], "").splitlines()
                for i in range(max(len(mine), len(theirs))):
                    a = mine[i] if i < len(mine) else "<end>"
                    b = theirs[i] if i < len(theirs) else "<end>"
                    if a != b:
                        first_difference = f"{d['name']} line {i + 1}: peer {a!r}, workbench {b!r}"
                        break
        walls, cpus = [], []
        size = 0
        for _ in range(passes):
            start, start_cpu = time.perf_counter(), time.process_time()
            size = 0
            for d in devices:
                size += len(render(d))
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - start_cpu)
        median = statistics.median(walls)
        cpu = statistics.median(cpus)
        print(f"peer {vendor}: {len(devices)} configs, {size / 1e6:.1f} MB, median {median:.3f} s, cpu {cpu:.3f} s, "
              f"{len(devices) / cpu:.0f} configs/s, {size / 1e6 / cpu:.1f} MB/s (CPU), "
              f"identical {identical}/{len(devices)}")
        if first_difference:
            print(f"  first difference: {first_difference}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
