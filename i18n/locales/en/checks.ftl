# The checks before an invitation: each problem says what to do instead.

checks-address-unusable = This address cannot be invited: { $error }. Check it for typos; Microsoft does not accept addresses with '+' or similar characters, so ask the person for their plain address.
checks-own-domain = { $domain } is your own organization's domain: this is a colleague, not a guest. They can sign in with their work account already.
checks-blocked-domain = Guestlist is set up not to invite people from { $domain }. Ask an administrator if this person really needs access.
checks-tenant-list-unreadable = The tenant's list of allowed or blocked domains cannot be read ({ $error }). Ask an administrator to check the external collaboration settings.
checks-tenant-disallows = Your organization's guest settings do not allow invitations to { $domain }. Ask an administrator to allow the domain, or use another address.
checks-invites-off = Your organization has switched off guest invitations for everyone. An administrator can turn them back on in the tenant's external collaboration settings.
checks-cc-invalid = The copy recipient is not a valid e-mail address. Correct it or leave the field empty.
# Joins the allowed address beginnings: "https://a or https://b".
checks-or = or
checks-redirect-not-allowed = Guests may only be sent to addresses starting with { $prefixes }. Pick one of those or leave the default.
checks-redirect-not-https = The page after acceptance must be an https:// address.
checks-member-admins-only = Only administrators can invite someone as a member. Leave the box unticked to invite a guest.
checks-language-pick = Pick a language from the list.
checks-usage-location = The usage location is a two-letter country code such as DE or US.
checks-group-no-id = Microsoft returned the group “{ $name }” without an id. Try again.
checks-group-unknown = There is no group called “{ $name }”. Check the spelling, or use the group's e-mail address.
checks-group-several = Several groups are called “{ $name }”. Use the group's e-mail address instead.
checks-sponsors-too-many = A guest can have at most { $max } sponsors; remove { $remove }.
checks-sponsor-unknown = Nobody in your directory has the address { $address }. Check it, or leave the field empty to be the sponsor yourself.
checks-groups-too-many = At most { $max } groups at once; invite first, then add the rest.

## Partner rules: what Guestlist does for a guest's domain.

checks-partner-decision-allow = Allow
checks-partner-decision-block = Block
checks-partner-decision-approval = Approval required
checks-partner-verdict-allowed = Allowed
checks-partner-verdict-approval = Allowed after approval
checks-partner-verdict-blocked = Blocked
checks-partner-default-blocks = Guestlist's default rule blocks invitations to domains without a rule of their own. Ask an administrator to add a rule for this domain.
checks-partner-rule-blocks = Guestlist's rule for { $domain } blocks invitations to it. Ask an administrator if this person really needs access.
checks-partner-sponsors-needed = Guests from { $domain } need at least { $required } sponsors; name { $more } more (a colleague's address or a group's name, one a line).
checks-partner-own-domain = { $domain } is one of your organization's own domains: its people are colleagues, not guests.
checks-partner-invitations-off = The tenant's external collaboration settings let nobody invite guests (allowInvitesFrom: none).
checks-partner-tenant-list = The tenant's allow/deny list for B2B collaboration does not let { $domain } in.
checks-partner-guestlist-blocks = Guestlist's blocked domains include { $domain }.
checks-partner-default-allows = Guestlist's default rule allows it.
checks-partner-rule-allows = Guestlist's rule for { $domain } allows it.
checks-partner-default-requires-approval = Guestlist's default rule requires an approver's approval.
checks-partner-rule-requires-approval = Guestlist's rule for { $domain } requires an approver's approval.
checks-partner-default-decides-block = Guestlist's default rule blocks it.
checks-partner-rule-decides-block = Guestlist's rule for { $domain } blocks it.

## Someone already in the directory under the address.

checks-existing-guest = { $name } ({ $upn }), guest, { $state }.
checks-existing-member = { $name } ({ $upn }), member, { $state }.
checks-existing-no-state = no invitation state
