#include "migration.h"

namespace vpnwb {

const QList<Migration> &Migration::all()
{
    static const QList<Migration> migrations{
        {1,
         "engagements, sites, VPN services and step status",
         {
             QStringLiteral("CREATE TABLE engagements ("
                            " id %AUTO_ID%,"
                            " name TEXT NOT NULL UNIQUE,"
                            " customer_name TEXT NOT NULL,"
                            " industry TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE sites ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " site_id TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " street TEXT NOT NULL DEFAULT '',"
                            " city TEXT NOT NULL DEFAULT '',"
                            " postal_code TEXT NOT NULL DEFAULT '',"
                            " country_code TEXT NOT NULL,"
                            " latitude DOUBLE PRECISION NOT NULL,"
                            " longitude DOUBLE PRECISION NOT NULL,"
                            " role TEXT NOT NULL,"
                            " bandwidth_kbps BIGINT NOT NULL CHECK (bandwidth_kbps > 0),"
                            " access_type TEXT NOT NULL,"
                            " resiliency TEXT NOT NULL,"
                            " lan_prefixes TEXT NOT NULL DEFAULT '',"
                            " routing TEXT NOT NULL,"
                            " customer_as BIGINT NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (engagement_id, site_id))"),
             QStringLiteral("CREATE TABLE vpn_services ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " vpn_id TEXT NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " topology TEXT NOT NULL,"
                            " PRIMARY KEY (engagement_id, vpn_id))"),
             QStringLiteral(
                 "CREATE TABLE vpn_members ("
                 " engagement_id BIGINT NOT NULL,"
                 " vpn_id TEXT NOT NULL,"
                 " site_id TEXT NOT NULL,"
                 " position INTEGER NOT NULL,"
                 " role TEXT NOT NULL,"
                 " PRIMARY KEY (engagement_id, vpn_id, site_id),"
                 " FOREIGN KEY (engagement_id, vpn_id) REFERENCES vpn_services(engagement_id, vpn_id)"
                 "  ON DELETE CASCADE,"
                 " FOREIGN KEY (engagement_id, site_id) REFERENCES sites(engagement_id, site_id)"
                 "  ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE step_status ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 10),"
                            " state TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (engagement_id, step))"),
         }},
        {2,
         "customer contacts and notes on step status",
         {
             QStringLiteral("CREATE TABLE contacts ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (engagement_id, position))"),
             QStringLiteral("ALTER TABLE step_status ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
         }},
        {3,
         "serviceability results per site",
         {
             QStringLiteral("CREATE TABLE serviceability ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " site_id TEXT NOT NULL,"
                            " inputs_hash TEXT NOT NULL DEFAULT ''," // what the result was computed from
                            " verdict TEXT NOT NULL,"                // on-net | off-net | unserviceable
                            " primary_pop TEXT NOT NULL DEFAULT '',"
                            " primary_pe TEXT NOT NULL DEFAULT '',"
                            " secondary_pop TEXT NOT NULL DEFAULT '',"
                            " secondary_pe TEXT NOT NULL DEFAULT '',"
                            " distance_km DOUBLE PRECISION NOT NULL DEFAULT 0,"
                            " partner TEXT NOT NULL DEFAULT '',"
                            " lead_time_days INTEGER NOT NULL DEFAULT 0,"
                            " monthly_cost_minor BIGINT NOT NULL DEFAULT 0,"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " computed_at TEXT NOT NULL,"
                            " PRIMARY KEY (engagement_id, site_id))"),
         }},
        {4,
         "topology canvas positions",
         {
             QStringLiteral("CREATE TABLE canvas_positions ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " item_id TEXT NOT NULL," // a site id, or 'pe:' + PE name
                            " x DOUBLE PRECISION NOT NULL,"
                            " y DOUBLE PRECISION NOT NULL,"
                            " PRIMARY KEY (engagement_id, item_id))"),
         }},
        {5,
         "network design: extranets, provider settings, resource pools, design choices and findings",
         {
             QStringLiteral("ALTER TABLE vpn_services ADD COLUMN extranet_consumers TEXT NOT NULL DEFAULT ''"),
             // Only the settings that differ from the defaults; names as ProviderSettings::fieldNames.
             QStringLiteral("CREATE TABLE provider_settings ("
                            " field TEXT NOT NULL PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
             // Each value an engagement holds from a provider-wide pool. The
             // UNIQUE constraint keeps two engagements (or two objects) from
             // holding the same RD, RT, SoO, port, link or VLAN on one port.
             QStringLiteral("CREATE TABLE resource_allocations ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " object TEXT NOT NULL,"          // e.g. attachment:DC-FRA/CORP/primary
                            " field TEXT NOT NULL,"           // e.g. link
                            " kind TEXT NOT NULL,"            // rd | rt | soo | link | loopback | cpe-address | port | vlan
                            " scope TEXT NOT NULL DEFAULT ''," // port: the PE; vlan: 'PE PORT'
                            " value TEXT NOT NULL,"
                            " pool_index BIGINT,"             // its place in the pool, when in one
                            " origin TEXT NOT NULL DEFAULT 'pool'," // pool | override | import
                            " PRIMARY KEY (engagement_id, object, field),"
                            " UNIQUE (kind, scope, value))"),
             // Every IPv4 address that a link, loopback or CPE allocation covers:
             // no address is ever held twice, whatever the prefix lengths.
             QStringLiteral("CREATE TABLE address_assignments ("
                            " address BIGINT NOT NULL PRIMARY KEY,"
                            " engagement_id BIGINT NOT NULL,"
                            " object TEXT NOT NULL,"
                            " field TEXT NOT NULL,"
                            " FOREIGN KEY (engagement_id, object, field)"
                            "  REFERENCES resource_allocations(engagement_id, object, field) ON DELETE CASCADE)"),
             QStringLiteral("CREATE INDEX address_assignments_owner"
                            " ON address_assignments (engagement_id, object, field)"),
             // Decisions beyond pool values: QoS model and shares, overridden attributes.
             QStringLiteral("CREATE TABLE design_choices ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " object TEXT NOT NULL,"
                            " field TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " PRIMARY KEY (engagement_id, object, field))"),
             // The findings of the last design run or override.
             QStringLiteral("CREATE TABLE design_findings ("
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " rule TEXT NOT NULL,"
                            " severity TEXT NOT NULL," // blocking | warning
                            " object TEXT NOT NULL,"
                            " message TEXT NOT NULL,"
                            " hint TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (engagement_id, position))"),
             QStringLiteral("CREATE TABLE design_runs ("
                            " engagement_id BIGINT NOT NULL PRIMARY KEY REFERENCES engagements(id)"
                            "  ON DELETE CASCADE,"
                            " validated_at TEXT NOT NULL)"),
         }},
        {6,
         "credential vault",
         {
             // One vault per workspace: how its key is derived from the master
             // passphrase, and a verifier sealed with that key. Binary values in base64.
             QStringLiteral("CREATE TABLE vault ("
                            " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                            " kdf TEXT NOT NULL,"                // scrypt
                            " salt TEXT NOT NULL,"
                            " cost_n BIGINT NOT NULL,"
                            " block_size_r BIGINT NOT NULL,"
                            " parallelism_p BIGINT NOT NULL,"
                            " verifier_nonce TEXT NOT NULL,"
                            " verifier_ciphertext TEXT NOT NULL,"
                            " verifier_tag TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             // Each secret sealed with AES-256-GCM; never the clear text.
             QStringLiteral("CREATE TABLE vault_secrets ("
                            " name TEXT NOT NULL PRIMARY KEY,"
                            " nonce TEXT NOT NULL,"
                            " ciphertext TEXT NOT NULL,"
                            " tag TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
         }},
        {7,
         "push jobs",
         {
             // Every dry-run, commit and rollback: stored when it starts,
             // updated when it ends (finished_at NULL while it runs).
             QStringLiteral("CREATE TABLE push_jobs ("
                            " id %AUTO_ID%,"
                            " engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,"
                            " engagement_name TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL,"             // dry-run | commit | rollback
                            " mode TEXT NOT NULL,"             // all-or-nothing | best-effort
                            " rollback_of BIGINT,"             // rollback: the job it undoes
                            " username TEXT NOT NULL DEFAULT '',"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " outcome TEXT NOT NULL,"
                            " summary TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX push_jobs_engagement ON push_jobs (engagement_id, id)"),
             // Each device of a job in plan order; configurations with their secrets masked.
             QStringLiteral("CREATE TABLE push_job_devices ("
                            " job_id BIGINT NOT NULL REFERENCES push_jobs(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL DEFAULT '',"
                            " vendor TEXT NOT NULL DEFAULT '',"
                            " address TEXT NOT NULL DEFAULT '',"
                            " port INTEGER NOT NULL,"
                            " username TEXT NOT NULL DEFAULT '',"
                            " credential TEXT NOT NULL DEFAULT '',"
                            " outcome TEXT NOT NULL,"
                            " error TEXT NOT NULL DEFAULT '',"
                            " log TEXT NOT NULL DEFAULT '',"
                            " intended_config TEXT NOT NULL DEFAULT '',"
                            " pre_config TEXT NOT NULL DEFAULT '',"
                            " post_config TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (job_id, position))"),
         }},
        {8,
         "push job transports",
         {
             // How each device of a job was reached: ssh-cli, or netconf (whose
             // configurations are XML), so that a rollback reaches it the same way.
             QStringLiteral("ALTER TABLE push_job_devices ADD COLUMN transport TEXT NOT NULL DEFAULT 'ssh-cli'"),
         }},
        {9,
         "push job logins",
         {
             // How each device of a job was logged in to (password, key, agent)
             // and with which key file, so that a rollback logs in the same way.
             QStringLiteral("ALTER TABLE push_job_devices ADD COLUMN auth TEXT NOT NULL DEFAULT 'password'"),
             QStringLiteral("ALTER TABLE push_job_devices ADD COLUMN identity_file TEXT NOT NULL DEFAULT ''"),
         }},
    };
    return migrations;
}

int Migration::latestVersion()
{
    return all().constLast().version;
}

} // namespace vpnwb
