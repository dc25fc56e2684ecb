# The Directory: the search, a person's "B2B collaboration" card, and the actions on it.

## How someone signs in (an identity provider in words).

directory-provider-entra = a work or school account of another Microsoft Entra organisation
directory-provider-google = a Google account
directory-provider-microsoft = a personal Microsoft account
directory-provider-mail = a one-time passcode sent by e-mail
directory-provider-facebook = a Facebook account
directory-provider-other = their organisation's own identity provider ({ $issuer })

## User types (Graph's Member and Guest).

directory-user-type-member = Member
directory-user-type-guest = Guest

## The card's one line.

directory-your-organisation = your organisation's
directory-state-not-invited = Not invited — signs in with a { $organisation } account
directory-state-pending-since = Invitation pending since { $since }
directory-state-pending = Invitation pending
directory-state-accepted = Accepted
directory-state-accepted-on = Accepted on { $on }
directory-state-accepted-with = Accepted, signs in with { $provider }
directory-state-accepted-on-with = Accepted on { $on }, signs in with { $provider }

## What a reset of the redemption does.

directory-reset-before-provider = { $name } can no longer sign in with { $provider } until they accept the new invitation. Any earlier invitation link stops working.
directory-reset-before-account = { $name } can no longer sign in with their current account until they accept the new invitation.
directory-reset-before-link = The invitation link { $name } has now stops working.
directory-reset-to-new = Microsoft e-mails a new invitation to the new address, { $address }.
directory-reset-to = Microsoft e-mails a new invitation to { $address }.
directory-reset-accepts = When { $name } accepts, they sign in with the account that belongs to { $address } — or, if that address has no account, with a one-time passcode sent to it.
directory-reset-stays = Their groups, apps, sponsors and user name ({ $upn }) stay as they are; only the account they sign in with changes.

## What a user type change does.

directory-to-member-permissions = { $name } gets member permissions: they can read your whole directory — people, groups and apps — like your own staff.
directory-to-member-settings = Settings for guests no longer apply to them: guest access restrictions, Conditional Access policies for guests and external users, and guest access reviews.
directory-to-member-licensing = Licensing: members are licensed like your staff, so they may need a licence for the apps they use.
directory-to-guest-permissions = { $name } gets guest permissions: by default a limited view of your directory — their own profile and only basic details of others, not the full list of people, groups and apps.
directory-to-guest-settings = Settings for guests apply to them: guest access restrictions, Conditional Access policies for guests and external users, and guest access reviews.
directory-to-guest-licensing = Licensing: external users with the Guest type are billed by monthly active users (MAU) under Microsoft Entra External ID.
directory-type-upn-stays = Their user name stays { $upn }: changing the user type does not change it.
directory-type-sign-in-stays = How they sign in does not change ({ $state }).
directory-type-groups-stay = Their groups, apps and sponsors stay as they are.

## The actions' answers and refusals.

directory-not-a-user = That is not a user of this directory. Find them on the Directory page.
directory-no-valid-id = The user has no valid id.
directory-resend-not-pending = { $name } has no pending invitation: { $state }. Use Reset redemption to have them accept again.
directory-resend-heading = New invitation link for { $name }
directory-resend-nothing-sent = Microsoft does not e-mail an address it has already invited, so nothing was sent: pass this link on to { $name } yourself, or send it from Guestlist.
directory-resend-accept = When they open it and accept, they sign in with the account that belongs to { $address }.
directory-address-taken = { $address } already belongs to { $name } ({ $upn }) in your directory, and an address can belong to one person only. Check the address, or change the other account first.
directory-mail-refused = Microsoft Entra refused to change the address of { $name }. When an account has an Exchange mailbox, Exchange owns its address: change it in the Exchange admin center (Recipients, then Mailboxes) instead. { $message }
directory-synced-refusal = { $name } is synced from your on-premises Active Directory, so Microsoft Entra cannot change it: change it in Active Directory, and Microsoft Entra Connect brings the change over.
directory-reset-never-invited = { $name } was never invited, so there is no redemption to reset: they sign in with an account of your organisation. To move them to B2B collaboration, use Convert to external user.
directory-reset-admin-only = Only an administrator can reset { $name } to a new e-mail address, because that changes their address. Leave the address empty to send the new invitation to { $address }.
directory-reset-heading = Redemption reset for { $name }
directory-reset-failed = The redemption was not reset: { $error }
directory-reset-app-denied = Guestlist resets with its own app permission (GUESTLIST_INVITE_CREDENTIAL=application), and Microsoft refuses that for anyone who holds an administrator role. An administrator can reset { $name } in the Microsoft Entra admin center with their own account.
directory-reset-mail-changed = The e-mail address is already changed to { $address }: try Reset redemption again and leave the address field empty.
directory-type-already = { $name } is already a { $user_type }. Nothing was changed.
directory-type-answer-all = Answer each of the four questions first.
directory-type-unchanged = Nothing was changed. Microsoft advises changing the user type only when someone's relationship to your organisation changes: it says whether { $name } is part of your organisation, not how they sign in.
directory-type-confirm = Tick “I have read what changes” to confirm.
directory-type-done = { $name } is now a { $user_type }.
directory-type-next-upn = Next: change their user name ({ $upn }) in the Microsoft Entra admin center (Users, then { $name }, then Edit properties). Guestlist does not change it.
directory-type-next-access = Next: review their groups and apps, and remove what they should no longer have.
directory-type-next-mailbox = Next: give them an Exchange Online licence in the Microsoft 365 admin center to create their mailbox.
directory-mail-not-external = { $name } is not an external user: their address belongs to your organisation and is changed in the Microsoft 365 admin center. To move them to B2B collaboration, use Convert to external user, which sets their external address first.
directory-mail-same = { $address } is already the address of { $name }. Nothing was changed.
directory-mail-done = The e-mail address of { $name } is now { $address }.
directory-mail-sign-in-stays = How they sign in does not change: they keep signing in with the account they accepted the invitation with. To have them sign in with the account of the new address, reset their redemption.

## The search page.

directory-title = Directory
directory-lead = Find anyone in your directory — staff, guests, internal accounts of partners — and see where they stand with B2B collaboration: whether they were invited, and with which account they sign in.
directory-search-label = Name, e-mail address or user name
directory-search-help = The start of a word is enough, e.g. “oli” or “olivia.chen@”.
directory-no-match = Nobody matches “{ $searched }”. Try the start of the first or last name, or of the e-mail address.
directory-matches-more = The first { $count } matches. Search for more of the name or address to narrow it down.
directory-matches = { $count ->
    [one] { $count } match.
   *[other] { $count } matches.
}
directory-col-name = Name
directory-col-upn = User name
directory-col-mail = E-mail address
directory-col-user-type = User type
directory-col-b2b = B2B collaboration
directory-back = Search the directory
directory-breadcrumb = Breadcrumb
directory-no-such-page = There is no such page. Find the person in the directory and pick an action on their card.

## A person's page.

directory-resend-button = Resend invitation
directory-resend-help = A new invitation link to pass on or send from Guestlist: Microsoft does not e-mail an address twice.
directory-reset-link = Reset redemption…
directory-reset-link-help = They accept again — with the same or a new e-mail address — and then sign in with that address's account.
directory-type-link = Change user type to { $user_type }…
directory-type-link-help = Whether they count as part of your organisation. Microsoft's questions come first.
directory-mail-link = Change e-mail address…
directory-mail-link-help = Where Microsoft sends their invitations and notifications.
directory-convert-link = Convert to external user…
directory-convert-link-help = They then sign in with their own organisation's account, and keep their groups and apps.
directory-synced-note = This account is synced from your on-premises Active Directory: its user type and e-mail address are changed there.
directory-company = Company
directory-job-title = Job title
directory-sign-in = Sign-in
directory-sign-in-allowed = Allowed
directory-sign-in-blocked = Blocked
directory-created = Created
directory-synced = Synced from on-premises
directory-mailbox = Mailbox
directory-mailbox-yes = Yes (Exchange Online)
directory-yes = Yes
directory-no = No

## The action pages.

directory-action-title = { $title } — { $name }
directory-reset-title = Reset redemption
directory-reset-current-address = their current address
directory-reset-state = { $name }: { $state }
directory-reset-lead = Resetting the redemption lets someone accept the invitation again: for example when they moved to another company, lost access to their account, or should use another address. Their account in your directory stays, with everything it has.
directory-reset-experience = What { $name } will experience
directory-reset-new-address-help = With a new address below, the invitation goes there instead, and they accept with the account of the new address.
directory-reset-field = New e-mail address (optional)
directory-reset-field-help = Leave empty to send the new invitation to { $address }. A new address becomes their e-mail address first, as Microsoft requires, and gets the same checks as an invitation.
directory-type-title = Change user type to { $user_type }
directory-type-state = { $name } is a { $user_type } now. { $state }.
directory-type-lead = The user type says whether someone is part of your organisation (Member) or an outside collaborator (Guest). It does not change how they sign in. Microsoft advises answering these questions first.
directory-type-q-relationship = Has { $name }'s relationship to your organisation changed?
directory-type-a-relationship-changed = Yes — for example, they joined your staff, or left it to work for a partner
directory-type-q-upn = Should their user name ({ $upn }) change?
directory-type-a-upn-keep = No, keep it
directory-type-a-upn-change = Yes — I will change it in the Microsoft Entra admin center afterwards (changing the user type does not)
directory-type-q-access = Should they keep access to the same groups and apps?
directory-type-a-access-keep = Yes, keep everything
directory-type-a-access-review = No — I will review their groups and apps afterwards
directory-type-q-mailbox = Should they have a mailbox?
directory-type-a-mailbox-yes = Yes — I will give them an Exchange Online licence afterwards
directory-type-what-changes = What changes
directory-type-confirm-label = I have read what changes
directory-type-confirm-help = Then Guestlist changes the user type to { $user_type }; nothing else changes.
directory-mail-title = Change e-mail address
directory-mail-not-set = not set
directory-mail-state = The e-mail address of { $name } is { $address }.
directory-mail-lead = Microsoft sends invitations and notifications to this address. For an external user it does not change how they sign in; to have them sign in with the account of a new address, reset their redemption with that address instead.
directory-mail-mailbox-alert = This account has an Exchange Online mailbox, so Exchange owns its address and Microsoft Entra will refuse the change: change it in the Exchange admin center (Recipients, then Mailboxes) instead.
directory-mail-field = New e-mail address
directory-mail-field-help = The same checks as for an invitation: no '+' or similar characters, not one of your organisation's domains, not a blocked domain, and not already someone else's address.
