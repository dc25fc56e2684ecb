# Converting internal accounts to B2B: the assistant for one account, and batches.

## The checks (a title, and what it means and what to do).

convert-not-an-account = That is not an account of this directory. Find it on the Convert page.
convert-not-an-account-short = That is not an account of this directory.
convert-batch-none-ticked = Tick at least one account to convert.
convert-batch-too-many = At most { $max } accounts at once; tick fewer.
convert-pick-language = Pick a language from the list.
convert-sign-in-password = this organisation's user name and password
convert-sign-in-way = { $way } ({ $issuer })
convert-already-invited-title = Already invited to B2B
convert-already-invited = { $name } already signs in, or was invited to sign in, with an external account (state: { $state }). An account is converted only once. To send { $name } a new link, or to let them accept again with another account, resend the invitation or reset the redemption instead.
convert-on-premises-upn-title = Synchronised by Entra Connect with an on-premises user name
convert-on-premises-upn = This account comes from your on-premises Active Directory, and Microsoft Entra Connect wrote its on-premises user name ({ $upn }) into onPremisesUserPrincipalName, as one of its default synchronization rules does for every user. Because that attribute can keep a person from signing in with an external account, Microsoft does not convert accounts that carry it. To convert { $name }: in Entra Connect's Synchronization Rules Editor, add an outbound rule to Microsoft Entra ID that takes precedence over the default one and no longer writes onPremisesUserPrincipalName for this account (Microsoft advises a rule of your own over editing the default one, which upgrades overwrite), run a synchronization cycle, then check again here.
convert-synced-title = Synchronised from on-premises
convert-synced = Your on-premises Active Directory stays the source of authority for { $name }'s account: changes there overwrite the cloud, and deleting the on-premises account (or moving it out of the synchronised scope) deletes this cloud account with its B2B access. To stop { $name } signing in on-premises, set the on-premises password to a long unknown value instead of deleting the account.
convert-roles-title = Holds administrator roles
convert-roles = { $name } holds these roles in your directory: { $roles }. They stay with the account after the conversion, and then anyone who controls { $name }'s account at their own organisation holds them. Remove the roles { $name } no longer needs.
convert-a-directory-role = a directory role
convert-own-domain-title = The address is on your own domain
convert-own-domain = { $domain } is a verified domain of your organisation. B2B means { $name } signs in with an account of another organisation, so the address must be theirs (for example { $name }'s address at their own company), not one in your tenant. Enter their external address and check again.
convert-address-unusable-title = The address cannot be used
convert-address-unusable = The address cannot be used: { $error }.
convert-address-taken-title = Another account uses this address
convert-address-taken = { $name } ({ $upn }) already has { $address }. An address belongs to one account: use another address, or remove it from that account first.
convert-no-address-title = No external address
convert-no-address = The account has no e-mail address. Enter the address at their own organisation they will sign in with, and check it.
convert-mailbox-title = The e-mail address belongs to an Exchange mailbox
convert-mailbox-blocker = Microsoft converts an account only when its e-mail address (mail) is the external address. { $name } has an Exchange Online mailbox, so Exchange manages that address and Guestlist cannot change it. Change the primary e-mail address to { $address } in the Exchange admin center (Recipients → Mailboxes → { $name } → Email addresses), or, if the mailbox is no longer needed, remove its Exchange Online licence; then check again here.
convert-mail-on-premises-title = The e-mail address comes from on-premises
convert-mail-on-premises = Microsoft converts an account only when its e-mail address (mail) is the external address. { $name }'s address is synchronised from your on-premises Active Directory: set the mail attribute to { $address } there, run a synchronization cycle, then check again here.

## Why a conversion was not done.

convert-form-blocked = { $name } cannot be converted yet: { $blockers }. Each is explained below with its fix.
convert-form-set-mail = Microsoft converts { $name } only when the e-mail address (mail) is { $address }. Tick “Set the e-mail address to the external address”, or use the address { $name } has now.
convert-form-cc = The copy recipient is not a valid e-mail address. Correct it or leave the field empty.
convert-mail-refused = Microsoft refused to change { $name }'s e-mail address to { $address }: the address of an account with an Exchange mailbox is managed in Exchange, and that of a synchronised account in your on-premises directory. Change it there (Exchange admin center → Recipients → Mailboxes → { $display_name } → Email addresses), then check again. Nothing was sent. ({ $error })
convert-mail-failed = { $name }'s e-mail address could not be set, so nothing was sent: { $error }
convert-password-failed = Resetting { $name }'s password failed: { $error } The old password still works; reset it in the Microsoft Entra admin center (Users → { $display_name } → Reset password).
convert-password-failed-app = Resetting { $name }'s password failed: { $error } Guestlist acts with its own app permission (GUESTLIST_INVITE_CREDENTIAL=application), and Microsoft lets an app reset passwords only if the app itself holds the User Administrator role in Microsoft Entra. The old password still works; reset it in the Microsoft Entra admin center (Users → { $display_name } → Reset password).
convert-password-failed-delegated = Resetting { $name }'s password failed: { $error } Resetting a password needs the User Administrator role in Microsoft Entra (Privileged Authentication Administrator or Global Administrator if { $name } holds an administrator role), and Guestlist needs the admin-consented permission User-PasswordProfile.ReadWrite.All. The old password still works; reset it in the Microsoft Entra admin center (Users → { $display_name } → Reset password).
convert-invitation-refused = Microsoft did not convert { $name }: { $error }
convert-invitation-refused-role = Microsoft did not convert { $name }: { $error } Converting an account needs the User Administrator role (or higher) in Microsoft Entra.

## The result page.

convert-heading = Conversion started
convert-heading-password-failed = Conversion started, but resetting the password failed
convert-heading-type-failed = Conversion started, but setting the user type failed
convert-heading-both-failed = Conversion started, but resetting the password and setting the user type failed
convert-done-nothing-until = Nothing changes until { $name } accepts. When { $name } opens the link and signs in with their { $domain } account ({ $address }), the account starts signing in externally.
convert-done-keeps = { $name } keeps the same object id ({ $id }), user name ({ $upn }), group memberships and app assignments; only the way of signing in changes.
convert-done-domain = { $name } must accept with an account of { $domain }, the domain of the e-mail address: with another account, services such as Teams cannot sign them in.
convert-done-one-way = From then on { $name } uses that external account for your organisation's cloud apps. This is one-way: the external sign-in cannot be removed again; undoing it means deleting and recreating the account.
convert-done-password-reset = { $name }'s password was reset to a random value nobody knows: the old password no longer works, and until { $name } accepts, the account cannot be used.
convert-done-password-on-premises = { $name }'s on-premises password keeps working on-premises. Set it to a long unknown value in Active Directory if { $name } should not use it any more.
convert-done-password-kept = { $name }'s current password keeps working (for on-premises resources too) until you reset it.
convert-done-guest = { $name }'s user type is now Guest: billed as an external user (monthly active users) and with guest permissions in the directory.
convert-done-guest-failed = Setting { $name }'s user type to Guest failed: { $error } Change it on { $name }'s Directory page.
convert-done-type-stays-guest = { $name }'s user type stays Guest: the conversion does not change it.
convert-done-type-stays = { $name }'s user type stays { $user_type }: the conversion does not change it. For billing by monthly active users, set it to Guest on the Directory page.
convert-done-teams = In Microsoft Teams, { $name } should first open { $url } so that Teams opens your organisation rather than their own.

## Batches.

convert-batch-open-assistant = To give { $name } an external address, open the assistant for { $name }.
convert-batch-action-invited = Nothing: already invited ({ $state }). Resend or reset on { $name }'s Directory page.
convert-batch-action-send = Send the B2B invitation to { $address }; { $name } keeps the account, its groups and apps.
convert-batch-action-blocked = Nothing until the blockers are fixed.
convert-batch-mailed = Converting: Microsoft has mailed the invitation to { $address }; the account changes when { $name } accepts.
convert-batch-link = Converting: pass on the link below to { $name }; the account changes when { $name } accepts.
convert-batch-guest = User type set to Guest.
convert-batch-guest-failed = Setting the user type to Guest failed ({ $error }); change it on the Directory page.

## The assistant's page.

convert-batch-gone = There is no batch to convert any more. Tick the accounts again.
convert-title = Convert to external user
convert-back = Back to the list of internal accounts
convert-heading-account = Convert { $name } to an external user
convert-assistant-lead = { $name } then signs in with their own organisation's account instead of a password of yours, and keeps this account: its object id, user name, group memberships and app assignments. Guestlist checks every precondition first and nothing is changed until you convert.
convert-object-id = Object id
convert-mail-property = E-mail address (mail)
convert-not-set = not set
convert-managed-on-premises = your on-premises Active Directory (synchronised)
convert-managed-cloud = Microsoft Entra only (cloud-only)
convert-mailbox = Mailbox
convert-mailbox-exchange = Exchange Online mailbox
convert-mailbox-none = none
convert-signs-in-with = Signs in with
convert-finding-blocker = Blocks the conversion: { $title }
convert-finding-warning = Good to know: { $title }
convert-directory-link = Resend the invitation or reset the redemption on { $name }'s Directory page
convert-ready = Nothing stands in the way: { $name } can be converted with { $address }.
convert-address-label = External e-mail address
convert-address-help = The address at their own organisation that { $name } will sign in with. Microsoft requires the account's e-mail address (mail) to be this address.
convert-check-address = Check this address
convert-set-mail-label = Set the e-mail address to the external address
convert-set-mail-help = { $name }'s e-mail address (mail) is { $current }; Microsoft requires { $address }. Guestlist sets it just before the invitation; the old address is removed from the account.
convert-mail-already = { $name }'s e-mail address already is { $address }.
convert-password-title = Password:
convert-password-on-premises = { $name }'s password comes from your on-premises Active Directory and keeps working there. Set it to a long unknown value in Active Directory if { $name } should not use it any more.
convert-reset-password-label = Reset the password to a random value now
convert-reset-password-help = The current password stops working at once and nobody learns the new one: { $name } then signs in only with their own organisation's account, once they accept. Untick to let the current password keep working, also for on-premises resources after the conversion.
convert-billing-title = Billing:
convert-billing-guest = { $name }'s user type is already Guest: billed as an external user (monthly active users).
convert-set-guest-label = Set the user type to Guest
convert-set-guest-help = The conversion does not change the user type. As Guest, { $name } is billed as an external user (monthly active users, once your tenant is linked to an Azure subscription) and gets guest permissions in your directory; left as Member, { $name } keeps a member's permissions.
convert-considerations = Considerations
convert-teams-title = Teams:
convert-teams-before = Teams opens a person's own organisation. After accepting, { $name } should first open
convert-teams-after = to reach yours. The result page repeats this.
convert-invitation = The invitation
convert-send-mail-label = Microsoft sends the invitation e-mail
convert-send-mail-help = Untick to send nothing now: the result page shows the link to copy, as a QR code, or to send from Guestlist.
convert-message-help = A few words on why their sign-in changes. Microsoft then sends your words instead of its standard text.

## The batch page.

convert-batch-title = Convert internal accounts
convert-batch-lead = Partners who were given an account of your organisation can sign in with their own organisation's account instead, and keep this account with its groups and apps. Pick accounts to see, for each, what stands in the way and what will be done; or open one to set its external address and choose the details.
convert-on-premises = on-premises
convert-cloud-only = cloud-only
convert-open-assistant = Open the assistant for { $name }
convert-find-label = Find internal accounts
convert-find-help = The start of a name, e-mail address or user name. Empty lists them all.
convert-internal-count = { $count ->
    [one] { $count } internal account.
   *[other] { $count } internal accounts.
}
convert-col-convert = Convert
convert-col-name = Name
convert-col-upn = User name
convert-col-mail = E-mail address
convert-col-user-type = User type
convert-col-managed-in = Managed in
convert-col-one = One at a time
convert-col-account = Account
convert-col-address = External address
convert-col-checks = Checks
convert-col-action = What will be done
convert-col-result = Result
convert-col-link = Link
convert-check-selected = Check the selected accounts
convert-left-out = Left out: { $blockers }.
convert-no-blockers = No blockers.
convert-none-eligible = None of these accounts can be converted yet: each one's blockers say what to fix.
convert-batch-send-mail-label = Microsoft sends the invitation e-mails
convert-batch-send-mail-help = Untick to send nothing now: the results show each person's link to pass on.
convert-batch-language = Language of the e-mails
convert-batch-set-guest-label = Also set members' user type to Guest
convert-batch-set-guest-help = The conversion does not change the user type. As Guest, they are billed as external users (monthly active users) and get guest permissions.
convert-batch-convert = { $count ->
    [one] Convert { $count } eligible account
   *[other] Convert { $count } eligible accounts
}
convert-preview = Preview
convert-preview-lead = Nothing has been changed yet. Accounts with blockers are left out; open one to fix its address or see the details.
convert-choose-other = Choose other accounts
convert-link-label = Invitation link for { $name }
convert-link-copy = Copy { $name }'s link
convert-retry = { $count ->
    [one] Retry the failed account
   *[other] Retry the { $count } failed accounts
}
convert-results = Results
convert-other = Convert other accounts
