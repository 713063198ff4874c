/** Users, roles, teams, passwords, two-factor and the audit trail. */
@OwnedTables({"team", "user_account", "team_member", "password_code", "two_factor", "recovery_code", "audit_event",
        "failed_login", "failed_login_address"})
package nl.gezinsplan.security;

import nl.gezinsplan.base.OwnedTables;
