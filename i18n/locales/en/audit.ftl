# The Audit page: how it describes the trail (the trail itself stores English labels).

## What was done (the trail's actions).

audit-action-invite = Invite
audit-action-new-invitation-link = New invitation link
audit-action-resend-invitation = Resend invitation
audit-action-reset-redemption = Reset redemption
audit-action-retry-follow-up-steps = Retry follow-up steps
audit-action-send-link-from-guestlist = Send link from Guestlist
audit-action-change-email-address = Change e-mail address
audit-action-change-user-type = Change user type
audit-action-convert-to-external-user = Convert to external user
audit-action-set-email-address = Set e-mail address
audit-action-reset-password = Reset password
audit-action-set-user-type = Set user type
audit-action-allow-grant = Allow inviters to grant
audit-action-remove-allowed-grant = Stop inviters granting
audit-action-restore-deleted-user = Restore deleted user
audit-action-purge-deleted-user = Delete for good
audit-action-add-to-group = Add to group
audit-action-remove-from-group = Remove from group
audit-action-add-sponsor = Add sponsor
audit-action-remove-sponsor = Remove sponsor
audit-action-disable-account = Block sign-in
audit-action-enable-account = Allow sign-in
audit-action-delete-user = Delete user
audit-action-export-guests = Export guests
audit-action-view-sponsored-guest = Open sponsored guest
audit-action-confirm-guest-access = Confirm access still needed
audit-action-extend-guest-access = Extend access
audit-action-end-guest-access = End access
audit-action-undo-end-guest-access = Undo end of access
audit-action-hand-over-sponsorship = Hand over sponsorship
audit-action-request-extension = Ask for more time
audit-action-start-review-campaign = Start review campaign
audit-action-decide-review = Review decision
audit-action-route-review-to-fallback = Review to fallback reviewer
audit-action-remind-reviewers = Remind reviewer
audit-action-apply-review-campaign = Apply review campaign
audit-action-save-lifecycle-rule = Save lifecycle rule
audit-action-run-lifecycle-rule = Run lifecycle rule
audit-action-notify-sponsors = Tell sponsors
audit-action-set-kill-switch = Kill switch
audit-action-request-invitation = Ask to invite
audit-action-approve-invitation-request = Approve invitation request
audit-action-deny-invitation-request = Deny invitation request
audit-action-expire-invitation-request = Invitation request expired
audit-action-change-settings = Change settings
audit-action-send-test-mail = Send test mail
audit-action-archive-audit-rows = Archive audit rows

## How it ended (the trail's outcomes).

audit-outcome-invited = Invited
audit-outcome-invited-step-failed = Invited, a step failed
audit-outcome-changed = Changed
audit-outcome-queued = Queued
audit-outcome-refused = Refused
audit-outcome-failed = Failed
audit-outcome-exported = Exported
audit-outcome-requested = Requested

## Errors.

audit-not-written = The audit trail could not be written ({ $action }: { $outcome }), so Guestlist stopped. Tell an administrator; check the Audit page before trying again.

## The Audit page.

audit-title = Audit
audit-lead = Every invitation attempt and change: who, when, to whom, with which options, and what happened.
audit-filter-text = Who or to whom
audit-filter-actor = Who acted
audit-filter-target = To whom (a person's address or id)
audit-filter-any = Any
audit-filter-since = From (date)
audit-filter-until = To (date)
audit-filter-request = Invitation request number
audit-filter = Filter
audit-count = { $count ->
    [one] { $count } entry.
   *[other] { $count } entries.
}
audit-download = Download as CSV
audit-col-when = When (UTC)
audit-col-who = Who
audit-col-what = What
audit-col-target = To whom
audit-col-options = Options
audit-col-outcome = Outcome
audit-col-request-id = Graph request id

## Archived rows.

audit-archives = Archived rows
audit-archives-before = Rows older than the retention set on the
audit-archives-settings = Settings
audit-archives-after = {" "}page are written to a file on the server, then removed from this list; nothing is dropped without its file.
audit-archive-rows = { $first } to { $last }
audit-archive-col-at = Archived (UTC)
audit-archive-col-rows = Rows
audit-archive-col-count = Count
audit-archive-col-before = Older than
audit-archive-col-file = File on the server
