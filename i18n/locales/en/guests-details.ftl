# One guest's page: the facts and what they mean, the actions on one guest, recently deleted guests.

guests-details-not-found = That is not a user of this directory (or no longer). Find them on the Guests page.
guests-details-no-organisation = Microsoft Entra did not describe your organisation. Try again in a moment.
guests-this-person = This person

## How a guest signs in, by identity issuer.

guests-issuer-own = { $issuer } is your own organisation: this entry is their user name in your directory, not how they prove who they are.
guests-issuer-entra = They sign in with a work or school account of another Microsoft Entra organisation, under that organisation's rules (MFA, password, Conditional Access).
guests-issuer-microsoft = They sign in with a personal Microsoft account (Outlook.com, Hotmail, Xbox…).
guests-issuer-google = They sign in with their Google account (Google federation).
guests-issuer-facebook = They sign in with their Facebook account.
guests-issuer-mail = They sign in with a one-time passcode that Microsoft e-mails to their address each time: they have no account of their own with Microsoft or a federated provider.
guests-issuer-federated = They sign in at their organisation's own identity provider ({ $issuer }), federated with yours by SAML or WS-Fed.
guests-issuer-other = They sign in with their organisation's own identity provider ({ $issuer }).

## The facts: a label, and what it means.

guests-fact-upn = User name
guests-fact-upn-explain = Their user name in your directory. Guests get one with #EXT#, made from their e-mail address; it never changes how they sign in.
guests-fact-mail = E-mail address
guests-fact-mail-explain = Where Microsoft sends their invitations and notifications.
guests-fact-type = User type
guests-fact-type-explain = Member or Guest: whether they count as part of your organisation, which decides their default permissions in your directory. It does not say how they sign in or whether they are external.
guests-fact-identities = Identities
guests-fact-identities-none = Graph lists no identities for them.
guests-fact-state = Invitation state
guests-fact-state-pending = Pending acceptance
guests-fact-state-explain = Pending acceptance: invited, but they have not accepted yet. Accepted: they redeemed the invitation and sign in with their own account. Empty: never invited.
guests-fact-state-changed = Invitation state changed
guests-fact-state-changed-explain = When they were invited, accepted, or had their redemption reset last.
guests-fact-creation = Created by
guests-fact-creation-explain = Invitation: created by a B2B invitation. Empty: created in your directory as a work account (internal, or synced).
guests-fact-synced = Directory synced
guests-fact-synced-explain = Synced accounts are mastered in your on-premises Active Directory: Microsoft Entra (and Guestlist) cannot change, disable or delete them.
guests-fact-sign-in = Sign-in
guests-fact-sign-in-blocked = Blocked
guests-fact-sign-in-allowed = Allowed
guests-fact-sign-in-explain = Blocked accounts cannot sign in at all, whatever their invitation says.
guests-fact-created = Created
guests-fact-created-explain = When the account appeared in your directory (empty for some accounts from before June 2018).
guests-fact-company = Company
guests-fact-company-explain = As entered in your directory; nobody checks it.
guests-fact-job = Job title
guests-fact-job-explain = As entered in your directory.
guests-fact-other-mails = Other e-mail addresses
guests-fact-other-mails-explain = More addresses they can be found by.

## Sign-in activity, invitation, sponsors, apps.

guests-sign-ins-no-licence = Unavailable: your organisation has no Microsoft Entra ID P1 or P2 licence, which sign-in activity needs.
guests-sign-ins-no-permission = Unavailable: Guestlist lacks the AuditLog.Read.All permission, which sign-in activity needs. An administrator can grant it to the app.
guests-sign-ins-not-given = Unavailable: Microsoft Entra did not give sign-in activity this time. Reload the page to try again.
guests-sponsors-unreadable = Their sponsors could not be read: { $problem }
guests-invited-by = Invited by { $who } on { $date }, through Guestlist
guests-converted-by = Converted to B2B by { $who } on { $date }, through Guestlist
guests-invited-not-through-guestlist = Not invited through Guestlist (or before its audit trail began): Microsoft Entra's own audit log says who invited them.
guests-app-default-access = Default access
guests-app-unnamed = An app

## Why an account may not be blocked or deleted, and what the reader may do.

guests-protected-synced = { $who } is synced from your on-premises Active Directory, so Microsoft Entra refuses to change the account here: block or delete it in Active Directory, and Microsoft Entra Connect brings the change over.
guests-protected-yourself = That is your own account: Guestlist does not let you block or delete yourself.
guests-protected-admin = { $who } holds an administrator role (Global Administrator or User Administrator) and so is an administrator of Guestlist: Guestlist does not block or delete its own administrators. Do it in the Microsoft Entra admin center if you must.
guests-offers-helpdesk = As a Helpdesk Administrator you can resend and reset invitations; other changes need an administrator.
guests-offers-not-external = Guestlist does not count this account as external: it has no invitation, no #EXT# user name and no outside identity.

## The actions on one guest.

guests-action-no-id = Graph gave the user without an id.
guests-action-already-allowed = { $who } can already sign in. Nothing was changed.
guests-action-already-blocked = { $who } is already blocked from signing in. Nothing was changed.
guests-action-allowed = { $who } can sign in again.
guests-action-allowed-more = Their invitation, groups, apps and sponsors are as they were.
guests-action-blocked = { $who } is blocked from signing in.
guests-action-blocked-more = Sessions they already have end when their tokens expire (usually within an hour). Their groups, apps and sponsors stay, so allowing sign-in again restores their access.
guests-action-delete-unconfirmed = Tick “I understand” to confirm the deletion.
guests-action-deleted = { $who } was deleted and can no longer sign in.
guests-action-deleted-more = Microsoft keeps deleted accounts for 30 days: until then they can be restored, with their groups, from Recently deleted guests. After that they are gone for good.
guests-group-this = This group
guests-group-dynamic = { $group } has dynamic membership: its rule decides who is in it, so members cannot be added or removed by hand. Change the person's properties or the rule instead.
guests-group-mail-security = { $group } is a mail-enabled security group: Exchange manages its members, so Microsoft Graph cannot. Change it in the Exchange admin center.
guests-group-distribution = { $group } is a distribution list: Exchange manages its members. Change it in the Exchange admin center.
guests-group-role-assignable = { $group } can hold administrator roles: only a Privileged Role Administrator may change its members, in the Microsoft Entra admin center.
guests-group-gone = That group does not exist (any more). Pick it again.
guests-group-already-member = { $who } is already a member of { $group }. Nothing was changed.
guests-group-not-member = { $who } is not a member of { $group }. Nothing was changed.
guests-group-added = { $who } is now a member of { $group }.
guests-group-removed = { $who } is no longer a member of { $group }.
guests-sponsors-too-many = A guest can have at most { $most } sponsors; { $chosen } were chosen. Untick some.
guests-sponsors-none-left = That would leave { $who } without a sponsor: nobody would look after their access. Tick “Remove every sponsor” to confirm, or keep one.
guests-sponsors-unchanged = { $who }'s sponsors are already these. Nothing was changed.
guests-sponsor-not-in-directory = That sponsor is not in your directory. Pick them again.
guests-sponsor-not-in-directory-short = That sponsor is not in your directory.
guests-sponsor-gone = That sponsor is not in your directory (any more). Pick them again.
guests-sponsor-self = { $who } cannot sponsor themselves.
guests-sponsor-added = { $sponsor } now sponsors { $who }.
guests-sponsor-add-failed = { $sponsor } could not be added: { $problem }
guests-sponsor-named-not-in-directory = { $sponsor } is not in your directory.
guests-sponsor-removed = { $sponsor } no longer sponsors { $who }.
guests-sponsor-remove-failed = { $sponsor } could not be removed: { $problem }
guests-sponsor-told = The new sponsor was told by e-mail.

## Recently deleted guests.

guests-deleted-purge-on = { $days ->
    [0] Deleted for good on { $date } (today is the last day to restore)
    [one] Deleted for good on { $date } ({ $days } day left)
   *[other] Deleted for good on { $date } ({ $days } days left)
}
guests-deleted-not-found = That guest is not among the recently deleted: they may have been restored or deleted for good already. Look for them on the Guests page.
guests-deleted-name-taken = { $who } cannot be restored: another user now has the user name { $upn }. Change that user's name or delete them, then restore again.
guests-deleted-restored = { $who } is restored.
guests-deleted-restored-more = Microsoft Entra gave them back their group memberships; they sign in as before. Check their sponsors and app assignments on their page.
guests-deleted-purge-unconfirmed = { $who } was not deleted: tick “I understand this cannot be undone” to delete them for good.
guests-deleted-purged = { $who } is deleted for good. They can no longer be restored; invite them again if they need access.

## The guest's page.

guests-details-bad-id = That is not a user of this directory. Find them on the Guests page.
guests-details-bad-group = That group does not exist. Pick it again.
guests-details-title = Guest
guests-back = Back to the guests
guests-breadcrumb = Breadcrumb
guests-details-gone = This guest no longer exists.
guests-offer-resend = Resend invitation…
guests-offer-resend-help = A new invitation link, on the Directory's card for them.
guests-offer-reset = Reset redemption…
guests-offer-reset-help = They accept again, with the same or (Admins) a new e-mail address.
guests-offer-user-type = Change user type…
guests-offer-user-type-help = Member or Guest, after Microsoft's questions.
guests-offer-mail = Change e-mail address…
guests-offer-mail-help = Where Microsoft sends their invitations.
guests-offer-sponsors = Change sponsors…
guests-offer-sponsors-help = Who looks after their access (at most five).
guests-offer-groups = Add to a group…
guests-offer-groups-help = Find a group by name.
guests-offer-delete = Delete…
guests-offer-delete-help = Restorable for 30 days.
guests-offer-block-help = Blocked accounts cannot sign in; their groups, apps and sponsors stay.
guests-details-no-sponsor = No sponsor: nobody is named to look after their access.
guests-details-sponsored-by = every guest { $name } sponsors
guests-details-no-groups = Not a member of any group.
guests-details-remove-from = Remove from { $group }
guests-details-more-groups = They belong to more groups than shown here: the Microsoft Entra admin center lists them all.
guests-details-roles = Directory roles: { $roles }.
guests-details-no-apps = No app assignments.
guests-details-app = App
guests-details-app-role = Role
guests-details-app-since = Since
guests-details-no-audit = Guestlist has done nothing about them yet.
guests-details-audit-when = When
guests-details-audit-who = Who
guests-details-audit-what = What
guests-details-audit-outcome = Outcome
guests-details-actions = What you can do
guests-details-properties = Properties
guests-details-invitation = Invitation
guests-details-sign-ins = Sign-in activity
guests-details-groups = Groups
guests-details-apps = Apps
guests-details-audit = In Guestlist's audit trail
guests-linked-group = { $name } (group)
guests-sign-ins-never = Never signed in: Microsoft Entra records no sign-in for them (or none since April 2020).
guests-sign-ins-interactive = Last interactive sign-in
guests-sign-ins-interactive-help = They typed a password, a passcode or approved a prompt (failed attempts count too).
guests-sign-ins-non-interactive = Last non-interactive sign-in
guests-sign-ins-non-interactive-help = An app renewed their session without them (Teams, Outlook…): they are still using it.
guests-sign-ins-successful = Last successful sign-in
guests-sign-ins-successful-help = The last sign-in that worked (recorded since December 2023).
guests-details-no-such-page = There is no such page. Pick an action on the guest's page.

## Adding to a group, the sponsors, deleting.

guests-groups-add-to = Add to { $group }
guests-groups-already-member = Already a member
guests-groups-title = Add { $name } to a group
guests-groups-lead = Group members get what the group gives: access to its apps, sites and teams. Groups with dynamic membership, distribution lists and groups that hold administrator roles cannot be changed here.
guests-groups-q = Group name
guests-groups-q-help = The start of the name is enough.
guests-groups-find = Find groups
guests-groups-group = Group
guests-groups-action = Action
guests-sponsors-title = Sponsors of { $name }
guests-sponsors-lead = Sponsors are the people (or groups) who look after a guest's access: they are asked in reviews whether the guest still needs it. At most five.
guests-sponsors-q = Find a person or group to add
guests-sponsors-q-help = The start of a name or an e-mail address; then tick them below.
guests-sponsors-find = Find
guests-sponsors-after = Sponsors after saving (tick up to five)
guests-sponsors-remove-all = Remove every sponsor
guests-sponsors-remove-all-help = Only if nobody should look after this guest any more: without it, Guestlist keeps at least one.
guests-sponsors-save = Save sponsors
guests-delete-done-title = Deleted
guests-delete-title = Delete { $name }
guests-delete-loses-access = { $name } can no longer sign in, and loses access to everything given to them: groups, apps, teams and sites.
guests-delete-restorable = Microsoft keeps the deleted account for 30 days: until then it can be restored, with its group memberships, from Recently deleted guests. After 30 days it is gone for good.
guests-delete-block-instead = To stop them signing in for now, Block sign-in is gentler: nothing is lost.
guests-delete-confirm = I understand
guests-delete-confirm-help = The account is deleted at once; restoring it is possible for 30 days.
guests-delete-keep = Keep them: back to their page

## The Recently deleted guests page.

guests-deleted-bad-id = That is not a deleted guest. Pick one on the Recently deleted guests page.
guests-deleted-lead = Microsoft Entra keeps a deleted user for { $days } days, then deletes them for good. Until then you can restore them: they come back with their group memberships and sign in as before.
guests-deleted-none = No external users were deleted in the last { $days } days.
guests-deleted-summary-more = The { $count } most recently deleted external users; more were deleted.
guests-deleted-summary = { $count ->
    [one] { $count } external user was deleted in the last { $days } days.
   *[other] { $count } external users were deleted in the last { $days } days.
}
guests-deleted-restore = Restore { $name }
guests-deleted-purge-link = Delete { $name } for good…
guests-deleted-address = E-mail or user name
guests-deleted-on = Deleted on
guests-deleted-until = Restorable until
guests-deleted-actions = Actions
guests-deleted-back = See the recently deleted guests
guests-deleted-purge-title = Delete { $name } for good
guests-deleted-cannot-undo = This cannot be undone
guests-deleted-removed-at-once = { $name } is removed from Microsoft Entra at once, instead of on { $date }.
guests-deleted-nobody-can-restore = Nobody can restore them afterwards: not you, not Microsoft. Their group memberships and app assignments are gone with them.
guests-deleted-invite-again = If they need access again later, invite them again: they start over as a new guest.
guests-deleted-confirm = I understand this cannot be undone
guests-deleted-confirm-help = Without this tick nothing is deleted.
guests-deleted-keep = Keep them, and go back to the list
