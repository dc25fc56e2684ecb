# The page shell (header, navigation, language menu, sandbox banner), the home page, sign-in and
# the app's own errors.

shell-skip-link = Skip to main content
shell-nav-label = Main
shell-sign-in = Sign in
shell-sign-out = Sign out

## The language menu in the header.

shell-language-label = Language
shell-language-change = Change language

## The sandbox banner. { $mailbox } is the link "sandbox mailbox" (shell-sandbox-mailbox).

shell-sandbox-label = Sandbox tenant
shell-sandbox-title = Sandbox tenant.
shell-sandbox-text = You are using a simulated Microsoft Entra tenant that runs on this machine. Nothing leaves this computer: invitations and emails go to the { $mailbox } instead of real people.
shell-sandbox-mailbox = sandbox mailbox

## A page that does not exist. { $link } is the link "Go to the home page".

shell-not-found-title = Page not found
shell-not-found-text = There is no page at this address. { $link }.
shell-not-found-home = Go to the home page

## The navigation: each page's name, and one sentence for the home page.

shell-nav-home = Home
shell-nav-home-summary = See who you are signed in as and what you can do.
shell-nav-my-guests = My guests
shell-nav-my-guests-summary = The guests you sponsor, with what you need to decide whether they still need access: keep, extend, end, or hand them over.
shell-nav-dashboard = Dashboard
shell-nav-dashboard-summary = See how many external users there are and where they stand, each figure a link to exactly those people.
shell-nav-continuity = Sponsor continuity
shell-nav-continuity-summary = Find guests whose sponsors left or are missing, and hand them to a successor (the leaver's manager, or who invited them).
shell-nav-reviews = Access reviews
shell-nav-reviews-summary = Run review campaigns in which sponsors confirm their guests still need access, and keep the lifecycle rules that run every day — each change previewed, capped and reversible.
shell-nav-guests = Guests
shell-nav-guests-summary = Every external user in one list: filter, open one for the details, act on several at once, export the view.
shell-nav-invite = Invite
shell-nav-invite-summary = Invite someone from outside the organization as a guest (or ask an approver to, if you may not invite yourself).
shell-nav-my-requests = My requests
shell-nav-my-requests-summary = Your requests to invite guests, and the approvers' answers.
shell-nav-approvals = Approvals
shell-nav-approvals-summary = Approve or deny colleagues' requests to invite guests, in one click.
shell-nav-bulk-invite = Bulk invite
shell-nav-bulk-invite-summary = Invite many people at once from a CSV file or a pasted list (or ask an approver for them): see what happens to every row before anything is sent.
shell-nav-directory = Directory
shell-nav-directory-summary = Find anyone in the directory, see their B2B collaboration status, resend or reset an invitation, change their user type or e-mail address.
shell-nav-convert = Convert
shell-nav-convert-summary = Move internal accounts of partners to B2B, so they sign in with their own organisation's account and keep their access.
shell-nav-audit = Audit
shell-nav-audit-summary = See every invitation attempt: who, when, to whom and what happened.
shell-nav-settings = Settings
shell-nav-settings-summary = Set the partner rules per domain, who approves requests, and see the tenant's own settings and any earlier version.
shell-nav-rules = Rules
shell-nav-rules-summary = Decide which groups and app roles inviters may give their guests.

## The home page.

shell-home-title = Home
shell-welcome-title = Welcome
shell-welcome-heading = Guest access, done carefully
shell-welcome-lead = Guestlist helps your organization invite people from outside as guests, keep track of who sponsors them, and remove access that is no longer needed.
shell-welcome-sign-in-text = Sign in with your work account to continue.
shell-home-hello = Hello, { $name }
# { $role } is the role's name (in bold), { $description } what it means (shell-role-admin).
shell-home-admin-lead = You are an { $role }: { $description }
shell-home-role = { $role }: { $description }
# { $account } is the person's user name, in bold.
shell-home-signed-in = You are signed in as { $account }.
shell-home-signed-in-with-email = You are signed in as { $account } ({ $email }).
shell-home-roles = Your roles
shell-home-places = What you can do here

## What each role means, on the home page.

shell-role-admin = You manage guest access for the whole organization: every guest, the settings and the audit trail.
shell-role-inviter = You can invite people from outside the organization as guests.
shell-role-helpdesk = You can see every guest and their details, and resend or reset their invitations when they cannot get in.
shell-role-sponsor = You can look after the guests you sponsor: see who they are and whether they still need access.

## Errors.

shell-no-tenant-mode = The server did not say which tenant it uses.
# { $detail } is the technical reason, in English.
shell-transport-error = The portal did not answer properly ({ $detail }). Check your connection and try again.
