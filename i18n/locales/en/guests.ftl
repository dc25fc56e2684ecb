# The Guests list: statuses, the filter, the list, its CSV export and actions on a selection.

## A guest's status.

guests-status-pending-since = Pending since { $date }
guests-status-pending = Pending
guests-status-active = Active
guests-status-inactive = { $days ->
    [one] Inactive { $days } day
   *[other] Inactive { $days } days
}
guests-status-never = Never signed in
guests-status-disabled = Disabled
guests-status-unknown = Unknown — sign-in data needs Entra ID P1 and AuditLog.Read.All

## The filter's values.

guests-status-filter-pending = Pending
guests-status-filter-active = Active
guests-status-filter-inactive = Inactive
guests-status-filter-never = Never signed in
guests-status-filter-disabled = Disabled
guests-status-filter-unknown = Unknown
guests-type-guest = Guest
guests-type-member = Member
guests-sort-name = Name
guests-sort-created = Created
guests-sort-state-changed = Invitation state changed
guests-sort-last-sign-in = Last sign-in
guests-dir-asc = Ascending
guests-dir-desc = Descending
guests-column-name = Name
guests-column-upn = User name (UPN)
guests-column-mail = E-mail
guests-column-type = User type
guests-column-identities = Signs in with
guests-column-synced = Directory synced
guests-column-invitation = Invitation state
guests-column-status = Status
guests-column-last-sign-in = Last sign-in
guests-column-created = Created
guests-column-company = Company
guests-column-sponsors = Sponsors
guests-column-enabled = Account enabled
guests-provider-entra = Another Microsoft Entra organisation
guests-provider-microsoft = Microsoft account
guests-provider-google = Google
guests-provider-facebook = Facebook
guests-provider-mail = One-time passcode (e-mail)

## The filter's problems. $value is what was entered; $field one of the guests-field- names.

guests-filter-bad-status = “{ $value }” is not a status. Choose one of: { $choices }.
guests-filter-bad-type = “{ $value }” is not a user type. Choose one of: { $choices }.
guests-filter-bad-sort = “{ $value }” is not a sort order. Choose one of: { $choices }.
guests-filter-bad-dir = “{ $value }” is not a sort direction. Choose one of: { $choices }.
guests-filter-bad-column = “{ $value }” is not a column. Choose one of: { $choices }.
guests-field-synced = directory synced
guests-field-created-from = created from
guests-field-created-to = created to
guests-field-inactive-days = last sign-in older than
guests-field-pending-days = pending for more than
guests-field-no-sponsor = has no sponsor
guests-field-enabled = account enabled
guests-filter-bad-yes-no = “{ $value }” is not an answer for { $field }: choose yes or no.
guests-filter-bad-date = “{ $value }” is not a date for { $field }: enter it as year-month-day, for example 2026-03-31.
guests-filter-bad-days = “{ $value }” is not a number of days for { $field }: enter a whole number such as 30.
guests-filter-bad-domain = “{ $value }” is not an e-mail domain: enter the part after the @, for example fabrikam.com.
guests-filter-bad-sponsor = “{ $value }” is neither an e-mail address nor an object id: enter the sponsor's e-mail address (like ana@contoso.com), or open them from a guest's page.
guests-filter-bad-cursor = This page link is damaged or out of date. Start again from the first page of the list.
guests-filter-dates-swapped = “Created from” ({ $from }) is after “created to” ({ $to }): swap the two dates.
guests-filter-sponsor-and-none = Choose either a sponsor or “has no sponsor”, not both.
guests-filter-bad-address = The list's address is not valid ({ $problem }). Start again from the Guests page.

## The list's cells (and the CSV export's).

guests-cell-yes = Yes
guests-cell-no = No
guests-cell-not-invited = Not invited
guests-cell-accepted-on = Accepted on { $date }
guests-cell-accepted = Accepted
guests-cell-not-available = Not available
guests-cell-never = Never
guests-cell-none = None

## What Graph could not filter, checked on each page: named in guests-list-note-checked-on-each-page.

guests-check-status = status
guests-check-synced = directory synced
guests-check-domain = e-mail domain
guests-check-provider = identity provider
guests-check-pending-days = pending for more than
guests-check-inactive-days = last sign-in older than
guests-check-sponsor = sponsor
guests-check-search = search
guests-list-note-checked-on-each-page = Microsoft Graph cannot filter by { $checks } together with the rest of this view, so Guestlist checks it on each page: a page can show fewer people than it read.
guests-list-note-sorted-per-page = Microsoft Graph cannot sort by this column: each page is sorted on its own.
guests-list-note-no-sign-ins = Sign-in activity is not available (it needs Microsoft Entra ID P1 and the AuditLog.Read.All permission), so active and inactive guests show as Unknown — never as inactive.
guests-list-bad-page = That page of the list is not valid any more. Start again from the first page.
guests-list-sponsor-unknown = Nobody in your directory has the address { $address }. Check it, or open the sponsor from a guest's page.
guests-list-sponsor-several = Several people in your directory have the address { $address }. Open the sponsor from a guest's page instead.

## Actions on several guests: what each does, the form's problems, the preview, each row's outcome.

guests-bulk-resend = Resend invitation
guests-bulk-disable = Block sign-in
guests-bulk-enable = Allow sign-in
guests-bulk-delete = Delete
guests-bulk-add-sponsor = Add sponsor
guests-selection-no-action = Choose what to do with the selected guests.
guests-selection-bad-action = “{ $value }” is not something Guestlist can do to several guests. Choose resend, disable, enable, delete or add_sponsor.
guests-selection-none-ticked = Tick at least one guest first, or choose all guests matching the filter.
guests-selection-bad-scope = “{ $value }” is not a selection. Tick guests, or choose all guests matching the filter.
guests-selection-bad-sponsor = That is not a sponsor Guestlist can add. Pick them again.
guests-preview-summary = { $change ->
    [0] Nobody will change.
    [one] { $change } guest will change.
   *[other] { $change } guests will change.
}
guests-preview-summary-skipped = { $change ->
    [0] Nobody will change
    [one] { $change } guest will change
   *[other] { $change } guests will change
}{ $skipped ->
    [one] ; { $skipped } is skipped.
   *[other] ; { $skipped } are skipped.
}
guests-preview-cap = More guests match than one run may change (at most { $cap }). This run takes the first { $cap }; run the same selection again afterwards for the rest.
guests-preview-not-yours = This preview is someone else's: only the person who made it can see or confirm it. Make your own from the Guests page.
guests-preview-unknown = There is no such preview (or no longer). Make a new one from the Guests page.
guests-preview-confirmed-already = This selection was confirmed already: job { $job } runs it. Its results are on this page.
guests-preview-not-add-sponsor = This selection does not add a sponsor. Make a new one from the Guests page.
guests-preview-choose-sponsor-first = Choose the sponsor to add first: find them on this page.
guests-preview-nobody-qualifies = Nobody in this selection qualifies any more, so nothing was started. The preview says why for each.
guests-skip-never-invited = Never invited: there is no invitation to resend.
guests-skip-accepted = Already accepted the invitation: only pending invitations are resent. Reset the redemption instead if they need to accept again.
guests-skip-blocked = Already blocked from signing in.
guests-skip-allowed = Already allowed to sign in.
guests-skip-sponsors-unreadable = Their sponsors could not be read, so none is added.
guests-skip-self = Cannot sponsor themselves.
guests-skip-has-sponsor = Already has this sponsor.
guests-skip-sponsors-full = Already has { $most } sponsors, the most Microsoft Entra allows.
guests-skip-not-found = Not a user of this directory (any more).
guests-skip-changed-since = Changed since the preview: { $why }
guests-row-unreadable = Row { $row } is not a guest action Guestlist can read ({ $problem }).
guests-row-not-a-user = Not a user of this directory.
guests-row-resent = New invitation link for { $email }
guests-row-deleted-earlier = Deleted (by an earlier attempt of this row).
guests-row-no-sponsor = The row names no sponsor.
guests-row-sponsor-earlier = Already had this sponsor (added by an earlier attempt of this row).

## The Guests page.

guests-title = Guests
guests-lead = Everyone from outside the organisation in your directory: guests, external members and people synced from other tenants. Filter the list, open a person for the details, or tick several to act on them — you see exactly who changes before anything happens.
guests-deleted-link = Recently deleted guests
guests-dashboard-link = Dashboard
guests-show-all = Show all guests
guests-filter-label = Filter the guests
guests-filter-q = Name, e-mail address or user name
guests-filter-status = Status
guests-filter-any = Any
guests-filter-type = User type
guests-filter-provider = Signs in with
guests-filter-domain = E-mail domain
guests-filter-synced = Directory synced
guests-filter-synced-yes = Yes (from on-premises)
guests-filter-enabled = Can sign in
guests-filter-enabled-no = No (blocked)
guests-filter-created-from = Created from
guests-filter-created-to = Created until
guests-filter-pending-days = Pending for more than (days)
guests-filter-inactive-days = Last sign-in more than (days) ago
guests-filter-sponsor = Sponsored by (e-mail address)
guests-filter-no-sponsor = Has no sponsor
guests-filter-sort = Sort by
guests-filter-dir = Order
guests-filter-cols = Columns
guests-cols-standard = Standard
guests-cols-contacts = Contacts and sponsors
guests-cols-everything = Everything
guests-cols-as-linked = As in the link
guests-filter-submit = Show guests
guests-filter-clear = Clear the filters
guests-count-matching = { $count ->
    [one] { $count } external user matches
   *[other] { $count } external users match
}
guests-count-on-page = { $count } shown on this page
guests-select-one = Select { $name }
guests-select = Select
guests-export = Export this view as CSV
guests-page-empty = Nobody on this page matches. Clear a filter, or go on to the next page if there is one.
guests-act-on = Act on
guests-act-on-ticked = the guests ticked above
guests-act-on-all = everyone matching this view
guests-act-on-all-counted = everyone matching this view ({ $count })
guests-act-help = Next you see who changes and who is skipped, and why. Nothing changes until you confirm.
guests-act-resend = Resend invitations…
guests-act-disable = Block sign-in…
guests-act-enable = Allow sign-in…
guests-act-add-sponsor = Add a sponsor…
guests-act-delete = Delete…
guests-pages = Pages
guests-page-first = First page
guests-page-next = Next page

## Acting on several guests: the preview page and the job's results.

guests-selection-title = Act on several guests
guests-selection-how = Tick guests on the Guests page, or choose all guests matching its filter, then choose what to do.
guests-selection-choose-found = Choose one of the people or groups found first.
# The names of the sponsors a hand-over replaces: "Rafael Costa, Li Wei and Ana Silva".
guests-selection-names-and = { $names } and { $last }
guests-selection-title-hand-over = Add { $sponsor } as sponsor in place of { $old }
guests-selection-title-add-sponsor = Add { $sponsor } as sponsor
guests-selection-title-action = { $action } — several guests
guests-selection-why-skipped = Why skipped
guests-selection-nobody-found = Nobody found. Try the start of the first name, the last name or the e-mail address.
guests-selection-sponsor-to-add = Sponsor to add
guests-selection-use-sponsor = Use this sponsor
guests-selection-choose-sponsor = Choose the sponsor to add
guests-selection-find = Find a person or group
guests-selection-find-help = The start of a name or an e-mail address.
guests-selection-skipped = Skipped
guests-selection-will-change = Will change
guests-selection-confirm-delete = { $count ->
    [one] Confirm: delete { $count } guest
   *[other] Confirm: delete { $count } guests
}
guests-selection-confirm-resend = { $count ->
    [one] Confirm: resend invitation for { $count } guest
   *[other] Confirm: resend invitation for { $count } guests
}
guests-selection-confirm-disable = { $count ->
    [one] Confirm: block sign-in for { $count } guest
   *[other] Confirm: block sign-in for { $count } guests
}
guests-selection-confirm-enable = { $count ->
    [one] Confirm: allow sign-in for { $count } guest
   *[other] Confirm: allow sign-in for { $count } guests
}
guests-selection-confirm-add-sponsor = { $count ->
    [one] Confirm: add sponsor for { $count } guest
   *[other] Confirm: add sponsor for { $count } guests
}
guests-selection-the-new-sponsor = the new sponsor
guests-selection-hand-over = A hand-over: { $old } no longer sponsors each guest once { $new } is added, so nobody is left without a sponsor.
guests-selection-delete-note = Deleted guests can be restored, with their group memberships, from Recently deleted guests for 30 days.
guests-selection-confirm-help = Everyone is checked again when you confirm; then a background job changes them one by one, and this page shows each result.
guests-selection-cancel = Cancel: back to the guests
guests-selection-job = Job { $job }: { $state }. { $done } done, { $failed } failed, { $waiting } waiting.
guests-selection-refreshes = This page refreshes itself every few seconds until the job is done.
guests-selection-row-state = State
guests-selection-row-result = Result
guests-selection-row-done = Done.
